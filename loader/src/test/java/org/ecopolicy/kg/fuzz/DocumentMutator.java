package org.ecopolicy.kg.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Random and mutated policy texts: cuts, duplicated passages, random CJK/ASCII/punctuation runs,
 * heading-like lines, target-like phrases and odd characters (supplementary-plane ideographs,
 * full-width forms, BOMs, control characters) inserted into corpus text, or texts made of such
 * pieces alone. Everything comes from one {@link Random}, so a seed reproduces a case.
 */
final class DocumentMutator {

    private static final String CJK = "的是在了和有为生态环境保护治理推进建设实施加强完善提升重点工程项目区域"
            + "黄河流域草原森林覆盖率水资源污染防治旗市自治区部门局委牵头负责配合到年达到以上以下万亩公顷吨";
    private static final String ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-()%/";
    private static final String PUNCT = "。，、；：？！“”‘’（）《》【】—…·％～「」『』〔〕－．　\t";
    private static final String ODD = "\uFEFF\u00A0\u2028\u2029\u200B\u3000\uFF10\uFF11\uFF05\uFF08\uFF09\u2460\u2474\u3251"
            + "\u0001\u001F\u007F\r\f";
    private static final List<String> SUPPLEMENTARY = List.of("\uD840\uDC00", "\uD842\uDFB7", "\uD83D\uDE00", "\uD835\uDC00");
    private static final List<String> HEADINGS = List.of("一、", "二、", "十、", "（一）", "(二)", "（十二）", "1.", "2．", "12、",
            "第一章", "第十章 ", "第三节", "（1）", "①", "⑴", "一是", "附件", "附件：", "抄送：", "第", "（", "、", "1", "．");
    private static final List<String> PHRASES = List.of("到2025年，", "到2030年", "2035年前", "森林覆盖率达到22.4%",
            "不低于", "控制在", "以内", "亿立方米", "万亩", "牵头单位：", "责任单位：", "旗林草局", "自治区生态环境厅",
            "鄂托克旗", "黄河", "工程", "项目", "行动", "攻坚战", "“十四五”", "PM2.5浓度", "%", "≥", "—", "2025-2030年",
            "比2020年下降15%", "基本", "全面", "。\n");

    private final Random random;

    DocumentMutator(Random random) {
        this.random = random;
    }

    /** A text made only of random pieces, some hundreds of chars long. */
    String randomText() {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            sb.append(piece());
        }
        return sb.toString();
    }

    /** A window of {@code source} with a few mutations. */
    String mutate(String source) {
        int length = Math.min(source.length(), 300 + random.nextInt(2500));
        int from = random.nextInt(source.length() - length + 1);
        StringBuilder sb = new StringBuilder(source.substring(from, from + length));
        int mutations = 1 + random.nextInt(8);
        for (int i = 0; i < mutations; i++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(8)) {
                case 0 -> { // delete a range
                    int end = Math.min(sb.length(), at + random.nextInt(200));
                    sb.delete(at, end);
                }
                case 1 -> { // duplicate a range
                    int end = Math.min(sb.length(), at + random.nextInt(300));
                    sb.insert(at, sb.substring(at, end));
                }
                case 2 -> sb.insert(at, "\n" + pick(HEADINGS) + run(CJK, 1 + random.nextInt(20)) + "\n");
                case 3 -> sb.insert(at, pick(PHRASES));
                case 4 -> { // join lines: a range loses its line breaks
                    int end = Math.min(sb.length(), at + random.nextInt(2000));
                    String joined = sb.substring(at, end).replace("\n", "");
                    sb.replace(at, end, joined);
                }
                case 5 -> sb.insert(at, "\n");
                default -> sb.insert(at, piece());
            }
        }
        return keepPairsWhole(sb.toString());
    }

    private String piece() {
        return switch (random.nextInt(9)) {
            case 0 -> run(CJK, 1 + random.nextInt(40));
            case 1 -> run(ASCII, 1 + random.nextInt(20));
            case 2 -> run(PUNCT, 1 + random.nextInt(5));
            case 3 -> "\n" + pick(HEADINGS) + run(CJK, random.nextInt(15)) + pick(List.of("", "。", "\n", "：", "；"));
            case 4 -> pick(PHRASES);
            case 5 -> run(ODD, 1 + random.nextInt(3));
            case 6 -> pick(SUPPLEMENTARY);
            case 7 -> anyChars(1 + random.nextInt(30));
            default -> "\n".repeat(1 + random.nextInt(3));
        };
    }

    /** Any BMP characters except surrogates and NUL (which make a file binary). */
    private String anyChars(int n) {
        StringBuilder sb = new StringBuilder(n);
        while (sb.length() < n) {
            char c = (char) (1 + random.nextInt(0xFFFF));
            if (!Character.isSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private String run(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * Mutations can split a surrogate pair; a decoder would never produce a lone surrogate (files
     * are decoded strictly), so such halves are replaced by a plain ideograph.
     */
    static String keepPairsWhole(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('字');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
