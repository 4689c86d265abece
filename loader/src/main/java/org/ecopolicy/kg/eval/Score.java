package org.ecopolicy.kg.eval;

/** Counts of one measured quantity and the usual ratios. Accuracy-style scores use tp/(tp+fn). */
public record Score(String name, int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int actual = truePositives + falseNegatives;
        return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
