package org.ecopolicy.kg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopolicy.kg.link.Unit;

/**
 * Finds numbers with units in a stretch of normalised text. Numbers glued to letters or brackets
 * (PM2.5, O3, PM_{2.5}), ranges ("3—5个"), ordinals (第3) and years/dates (no unit) never match.
 */
final class QuantityParser {

    private static final String NUMBER = "(?<![\\d.A-Za-z_{—\\-~～/第])(\\d+(?:\\.\\d+)?)(?![\\d.])";
    private static final String BOUND = "(\\s*(?:及以上|及以下|以上|以下|以内|左右))?";

    private final Pattern withUnit;
    private final Pattern bare;
    private final Map<String, Unit> units = new HashMap<>();

    QuantityParser(TargetRules rules) {
        List<String> alternatives = new ArrayList<>();
        for (Unit u : rules.units()) {
            units.putIfAbsent(u.written(), u);
            alternatives.add(Pattern.quote(u.written()));
        }
        this.withUnit = Pattern.compile(NUMBER + "\\s*(?:余|多)?\\s*(" + String.join("|", alternatives) + ")" + BOUND);
        this.bare = Pattern.compile(NUMBER + BOUND);
    }

    /** Quantities with a unit from the unit table, in text order. */
    List<Quantity> find(String text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = withUnit.matcher(text).region(from, to);
        while (m.find()) {
            Unit u = units.get(m.group(2));
            String bound = m.group(3) == null ? "" : m.group(3).trim();
            out.add(new Quantity(m.start(1), m.end(2), m.end(), new BigDecimal(m.group(1)), m.group(2),
                    u.code(), u.kind(), bound));
        }
        return out;
    }

    /** A unit-less number starting exactly at {@code pos} ("提高到0.65"), or null. */
    Quantity bareAt(String text, int pos, int to) {
        Matcher m = bare.matcher(text).region(pos, to);
        if (!m.lookingAt()) {
            return null;
        }
        String bound = m.group(2) == null ? "" : m.group(2).trim();
        return new Quantity(m.start(1), m.end(1), m.end(), new BigDecimal(m.group(1)), null, null, "none", bound);
    }
}
