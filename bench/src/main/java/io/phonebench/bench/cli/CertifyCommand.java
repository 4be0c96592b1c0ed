package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "certify", description = "Certification suite on every phone of a rig: model x test matrix (not built yet)")
final class CertifyCommand extends NotBuiltYet {
    CertifyCommand() {
        super("certify", "issue 9");
    }
}
