package io.phonebench.bench.cli;

import io.phonebench.bench.run.RunSummary;

/** Exit codes of every command, as the design fixes them. */
public final class ExitCode {
    public static final int OK = 0;
    /** At least one product failure: a phone behaved differently from its reference model. */
    public static final int FAILED = 1;
    /** Infrastructure broken: relay, serial, network or lease. */
    public static final int BROKEN = 2;
    /** Usage or configuration error: the user can fix it. */
    public static final int USAGE = 64;
    /** Internal error: a bug of the bench itself (sysexits EX_SOFTWARE), never a verdict on the phone. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }

    /** 2 when infrastructure broke (the results are incomplete), else 1 on product failures, else 0. */
    public static int of(RunSummary summary) {
        return switch (summary.overall()) {
            case BROKEN -> BROKEN;
            case FAILED -> FAILED;
            default -> OK;
        };
    }
}
