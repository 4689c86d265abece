package org.ecopolicy.kg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Makes every regular expression in a query stop when the query is cancelled. ARQ evaluates
 * {@code REGEX}, {@code REPLACE}, {@code fn:matches} and {@code fn:replace} with Java's regex
 * engine, which the query timeout cannot interrupt; here they are swapped for the same functions
 * matching over {@link CancellableText}, which checks the query's cancel signal while matching.
 */
final class RegexGuard extends ExprTransformCopy {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    /**
     * The deadline of the query running on this thread. ARQ also evaluates expressions while it
     * optimises the query (constant folding), where no cancel signal reaches the function.
     */
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** Regular expressions evaluated on this thread stop {@code millis} from now. */
    static void startDeadline(long millis) {
        DEADLINE.set(System.nanoTime() + millis * 1_000_000L);
    }

    static void clearDeadline() {
        DEADLINE.remove();
    }

    private static CharSequence guarded(String text, FunctionEnv env) {
        Long deadline = DEADLINE.get();
        return new CancellableText(text, cancelSignal(env), deadline == null ? 0 : deadline);
    }

    /** The query with guarded regular expressions (the query itself is left unchanged). */
    static Query apply(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new RegexGuard());
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex && !(func instanceof Matches)) {
            return new Matches(args);
        }
        if (func instanceof E_StrReplace && !(func instanceof Replace)) {
            return new Replace(args);
        }
        if (func instanceof E_Function f && (args.size() == 2 || args.size() == 3)
                && (f.getFunctionIRI().equals(FN + "matches"))) {
            return new Matches(args);
        }
        if (func instanceof E_Function f && (args.size() == 3 || args.size() == 4)
                && f.getFunctionIRI().equals(FN + "replace")) {
            return new Replace(args);
        }
        return super.transform(func, args);
    }

    /** Patterns inside {@code EXISTS} / {@code NOT EXISTS} are guarded as well. */
    @Override
    public Expr transform(ExprFunctionOp funcOp, ExprList args, Op opArg) {
        if (funcOp.getElement() != null) {
            return funcOp.copy(args, ElementTransformer.transform(funcOp.getElement(), new ElementTransformCopyBase(), this));
        }
        return super.transform(funcOp, args, opArg);
    }

    private static AtomicBoolean cancelSignal(FunctionEnv env) {
        AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
        return signal == null ? new AtomicBoolean(false) : signal;
    }

    private static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        String flagText = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        return RegexEngine.makePattern(label,
                NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm(), flagText);
    }

    /** {@code REGEX(text, pattern [, flags])}. */
    static final class Matches extends E_Regex {
        Matches(ExprList args) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        /** Called without an environment when ARQ folds constants while optimising. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
            Pattern p = pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
            return NodeValue.booleanReturn(p.matcher(guarded(text, env)).find());
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Matches(newArgs);
        }
    }

    /** {@code REPLACE(text, pattern, replacement [, flags])}, with ARQ's handling of empty matches. */
    static final class Replace extends E_StrReplace {
        Replace(ExprList args) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            return eval(args, null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            Node input = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            Pattern p = pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
            String text = input.getLiteralLexicalForm();
            Matcher matcher = p.matcher(guarded(text, env));
            StringBuilder out = null;
            try {
                while (matcher.find()) {
                    if (out == null) {
                        out = new StringBuilder();
                    } else if (matcher.start() == matcher.end()) {
                        continue;
                    }
                    matcher.appendReplacement(out, replacement);
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            if (out == null) {
                return args.get(0);
            }
            matcher.appendTail(out);
            String result = out.toString();
            if (result.equals(text)) {
                return args.get(0);
            }
            String lang = input.getLiteralLanguage();
            return NodeValue.makeNode(lang == null || lang.isEmpty() ? NodeFactory.createLiteralString(result)
                    : NodeFactory.createLiteralLang(result, lang));
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

}
