package io.phonebench.drivers.power;

/** The board said nothing, or nothing that parses, within the answer timeout. Retried, then reported. */
public final class NoAnswer extends Exception {
    public NoAnswer(String seen) {
        super(seen, null, false, false);
    }
}
