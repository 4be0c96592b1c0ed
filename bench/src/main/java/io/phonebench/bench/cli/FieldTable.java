package io.phonebench.bench.cli;

import io.phonebench.protocol.device.DevicePage;

/** A device page as two aligned columns, field names as the phone spells them. */
final class FieldTable {
    private FieldTable() {
    }

    static void print(DevicePage page) {
        int width = page.fields().keySet().stream().mapToInt(String::length).max().orElse(0);
        System.out.println(page.rootName());
        page.fields().forEach((name, value) -> System.out.printf("  %-" + width + "s  %s%n", name, value));
    }
}
