package io.phonebench.drivers.power;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GpioOutputTest {
    private final Context pi4j = Pi4J.newContextBuilder()
            .add(new MockPlatform())
            .add(MockDigitalOutputProvider.newInstance())
            .build();

    @AfterEach
    void releasePi4j() {
        pi4j.shutdown();
    }

    private DigitalState pin(int bcm) {
        DigitalOutput output = pi4j.registry().get("phonebench-gpio-" + bcm, DigitalOutput.class);
        return output.state();
    }

    @Test
    void activeHighLineGoesHighWhenSetActive() {
        GpioOutput output = new GpioOutput(pi4j, new GpioLine(17, false));
        assertEquals(DigitalState.LOW, pin(17));
        output.set(true);
        assertEquals(DigitalState.HIGH, pin(17));
        assertEquals(Optional.of(true), output.get());
    }

    @Test
    void activeLowLineIsInvertedOnTheWire() {
        GpioOutput output = new GpioOutput(pi4j, new GpioLine(27, true));
        assertEquals(DigitalState.HIGH, pin(27), "starts inactive, which is high for active-low");
        output.set(true);
        assertEquals(DigitalState.LOW, pin(27));
        assertEquals(Optional.of(true), output.get());
        output.set(false);
        assertEquals(DigitalState.HIGH, pin(27));
        assertEquals(Optional.of(false), output.get());
    }

    @Test
    void powerCycleOverGpioEndsWithPhoneOn() {
        GpioOutput output = new GpioOutput(pi4j, new GpioLine(22, true));
        RecordingSleeper sleeper = new RecordingSleeper();
        PowerSwitch power = new OutputPowerSwitch(output, Duration.ofSeconds(2), false, SafeState.ON, sleeper);
        power.cycle();
        assertEquals(DigitalState.LOW, pin(22));
        assertEquals(Optional.of(true), power.state());
        assertEquals(1, sleeper.waits().size());
    }

    @Test
    void closeReleasesTheLineForTheNextClaim() {
        new GpioOutput(pi4j, new GpioLine(5, false)).close();
        GpioOutput again = new GpioOutput(pi4j, new GpioLine(5, false));
        again.set(true);
        assertEquals(DigitalState.HIGH, pin(5));
    }
}
