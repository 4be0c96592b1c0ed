package io.phonebench.emulator.catalog;

import java.util.List;

/** A model name that the catalog does not know: a user mistake in a rig file or on the command line. */
public final class UnknownModelException extends CatalogException {
    private final String requested;
    private final List<String> knownModels;

    public UnknownModelException(String requested, List<String> knownModels) {
        super("unknown phone model '" + requested + "': " + NearestName.of(requested, knownModels)
                .map(n -> "did you mean '" + n + "'? (known: " + String.join(", ", knownModels) + ")")
                .orElse("expected one of " + String.join(", ", knownModels)));
        this.requested = requested;
        this.knownModels = List.copyOf(knownModels);
    }

    public String requested() {
        return requested;
    }

    public List<String> knownModels() {
        return knownModels;
    }
}
