package org.ecopolicy.kg.cli;

/** Placeholder entry point; replaced by the picocli command line. */
public final class EcoKg {
    public static void main(String[] args) {
    }
}
