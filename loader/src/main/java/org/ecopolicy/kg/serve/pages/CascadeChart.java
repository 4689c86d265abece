package org.ecopolicy.kg.serve.pages;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cascade chart, drawn on the server as inline SVG: value over year, one series (a
 * {@code <g class="series">} with a line and points) per jurisdiction, in the unit most targets
 * use. Every label is escaped; no script.
 */
final class CascadeChart {

    private static final String[] COLOURS = {"#2f5d46", "#c0392b", "#1b5e8c", "#d68910", "#7d3c98", "#117a65",
        "#a04000", "#5d6d7e", "#b03a8e", "#2e86c1"};
    private static final int W = 680;
    private static final int H = 300;
    private static final int LEFT = 50;
    private static final int RIGHT = 190;
    private static final int TOP = 15;
    private static final int BOTTOM = 35;

    private CascadeChart() {
    }

    static String svg(List<CascadeSection.Row> all) {
        String unit = all.stream().collect(Collectors.groupingBy(CascadeSection.Row::unit, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        List<CascadeSection.Row> rows = all.stream().filter(r -> r.unit().equals(unit)).toList();
        int minYear = rows.stream().mapToInt(CascadeSection.Row::year).min().orElse(2020);
        int maxYear = Math.max(minYear + 1, rows.stream().mapToInt(CascadeSection.Row::year).max().orElse(2025));
        double maxValue = rows.stream().mapToDouble(CascadeSection.Row::value).max().orElse(1) * 1.1;
        Function<Integer, Double> x = year -> LEFT + (W - LEFT - RIGHT) * (year - minYear) / (double) (maxYear - minYear);
        Function<Double, Double> y = value -> H - BOTTOM - (H - TOP - BOTTOM) * value / maxValue;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"cascade-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W)
                .append("\" height=\"").append(H).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"").append(HtmlPage.esc("目标值随年份 value over year (" + unit + ")"))
                .append("\" font-size=\"11\">\n");
        // axes and ticks
        svg.append(line(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM)).append(line(LEFT, TOP, LEFT, H - BOTTOM));
        int step = Math.max(1, (maxYear - minYear) / 8);
        for (int year = minYear; year <= maxYear; year += step) {
            svg.append(text(x.apply(year), H - BOTTOM + 15, String.valueOf(year), "middle"));
        }
        for (int i = 0; i <= 4; i++) {
            double v = maxValue * i / 4;
            svg.append(text(LEFT - 5, y.apply(v) + 4, plain(v), "end"));
        }
        svg.append(text(LEFT, TOP - 3, unit, "start"));
        int index = 0;
        for (Map.Entry<String, List<CascadeSection.Row>> s : CascadeSection.series(rows).entrySet()) {
            String colour = COLOURS[index % COLOURS.length];
            List<CascadeSection.Row> points = s.getValue().stream().sorted(Comparator.comparingInt(CascadeSection.Row::year)).toList();
            svg.append("<g class=\"series\" data-jurisdiction=\"").append(HtmlPage.esc(s.getKey())).append("\">");
            svg.append("<title>").append(HtmlPage.esc(s.getKey())).append("</title>");
            if (points.size() > 1) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"");
                points.forEach(p -> svg.append(fmt(x.apply(p.year()))).append(',').append(fmt(y.apply(p.value()))).append(' '));
                svg.append("\"/>");
            }
            for (CascadeSection.Row p : points) {
                svg.append("<circle r=\"4\" fill=\"").append(colour).append("\" cx=\"").append(fmt(x.apply(p.year())))
                        .append("\" cy=\"").append(fmt(y.apply(p.value()))).append("\"><title>")
                        .append(HtmlPage.esc(s.getKey() + " " + p.year() + ": " + p.comparator() + " " + plain(p.value()) + p.unit()))
                        .append("</title></circle>");
            }
            double ly = TOP + 16 * index + 6;
            svg.append("<rect x=\"").append(W - RIGHT + 15).append("\" y=\"").append(fmt(ly - 8)).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour).append("\"/>").append(text(W - RIGHT + 30, ly + 1, s.getKey(), "start"));
            svg.append("</g>\n");
            index++;
        }
        return svg.append("</svg>\n").toString();
    }

    static String plain(double value) {
        return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line stroke=\"#5b6b63\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\"/>";
    }

    private static String text(double xPos, double yPos, String label, String anchor) {
        return "<text x=\"" + fmt(xPos) + "\" y=\"" + fmt(yPos) + "\" text-anchor=\"" + anchor + "\">" + HtmlPage.esc(label) + "</text>";
    }
}
