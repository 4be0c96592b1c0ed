package io.phonebench.emulator.catalog;

/** The model catalog is wrong, or a model name is not in it. The message names the source, the model and the field. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
