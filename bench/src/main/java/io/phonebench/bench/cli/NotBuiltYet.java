package io.phonebench.bench.cli;

import java.util.concurrent.Callable;

/** A command of the design that is not built yet: it says so and exits 64 instead of pretending. */
abstract class NotBuiltYet implements Callable<Integer> {
    private final String name;
    private final String issue;

    NotBuiltYet(String name, String issue) {
        this.name = name;
        this.issue = issue;
    }

    @Override
    public Integer call() {
        System.err.println("phonebench " + name + ": not built yet (" + issue + ")");
        return ExitCode.USAGE;
    }
}
