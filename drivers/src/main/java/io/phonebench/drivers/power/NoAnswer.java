package io.phonebench.drivers.power;

/** The board said nothing, or nothing that parses, within the answer timeout. Retried, then reported. */
final class NoAnswer extends Exception {
    NoAnswer(String seen) {
        super(seen, null, false, false);
    }
}
