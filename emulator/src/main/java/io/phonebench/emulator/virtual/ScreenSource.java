package io.phonebench.emulator.virtual;

/**
 * The /CGI/Screenshot bytes of what the display shows now, panel-sized in the model's format.
 * {@code ReferencePhone::screenshot} is the standard one; tests may plug in others.
 */
@FunctionalInterface
public interface ScreenSource {
    byte[] screenshot();
}
