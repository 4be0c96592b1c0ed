package io.phonebench.emulator.reference.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.phonebench.emulator.reference.display.DisplayContent.DisplayLine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A screenshot drawn on a canvas another screen used first shows its own screen only. */
class SharedCanvasTest {

    @ParameterizedTest(name = "{0}x{1}, depth {2}, colour {3}")
    @CsvSource({"298,168,16,true", "133,65,2,false"})
    void aScreenshotOnASharedCanvasIsTheFreshDrawingsScreenshot(int width, int height, int depth, boolean colour) {
        ScreenRenderer renderer = new ScreenRenderer(new ScreenGeometry(width, height, depth, colour));
        DisplayContent busy = new DisplayContent("A long title over the bar", "Prompt",
                List.of(DisplayLine.of("first line of many words"), DisplayLine.of("second"),
                        DisplayLine.of("third line")), 1, 0, Optional.empty(), false, Optional.empty(),
                List.of("Select", "Exit", "More", "Back"));
        DisplayContent sparse = new DisplayContent("T", "", List.of(DisplayLine.of("x")), -1, 0, Optional.empty(),
                false, Optional.empty(), List.of("", "", "", ""));

        for (int i = 0; i < 3; i++) {   // the canvas goes back to the pool and comes out again
            renderer.rendered(busy, ScreenshotEncoder::bmp);
        }
        byte[] shared = renderer.rendered(sparse, ScreenshotEncoder::bmp);

        assertArrayEquals(ScreenshotEncoder.bmp(renderer.render(sparse)), shared);
    }
}
