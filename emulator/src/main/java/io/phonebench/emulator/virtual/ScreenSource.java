package io.phonebench.emulator.virtual;

import java.util.function.IntFunction;

/**
 * The /CGI/Screenshot bytes of what the display shows now, panel-sized in the model's format.
 * {@code ReferencePhone::screenshot} is the standard one; tests may plug in others.
 */
@FunctionalInterface
public interface ScreenSource {
    byte[] screenshot();

    /**
     * The same bytes, written into an array of {@code arrays} (given the length needed; its content is any, so every
     * byte is written) when the source writes them itself. The phone hands that array back to its pool once the
     * answer has left. A source returning an array of its own must never change it afterwards.
     */
    default byte[] screenshot(IntFunction<byte[]> arrays) {
        return screenshot();
    }
}
