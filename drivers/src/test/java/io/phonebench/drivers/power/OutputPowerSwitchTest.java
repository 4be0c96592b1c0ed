package io.phonebench.drivers.power;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutputPowerSwitchTest {

    /** An output that remembers what it was told, in order. */
    private static final class NotedOutput implements OutputChannel {
        final List<Boolean> sets = new ArrayList<>();

        @Override
        public void set(boolean on) {
            sets.add(on);
        }

        @Override
        public Optional<Boolean> get() {
            return sets.isEmpty() ? Optional.empty() : Optional.of(sets.get(sets.size() - 1));
        }

        @Override
        public String describe() {
            return "noted output";
        }
    }

    private final NotedOutput output = new NotedOutput();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    void cycleSwitchesOffWaitsTheOffTimeAndSwitchesOn() {
        PowerSwitch power = new OutputPowerSwitch(output, Duration.ofMillis(2500), false, SafeState.ON, sleeper);
        power.cycle();
        assertEquals(List.of(false, true), output.sets);
        assertEquals(List.of(Duration.ofMillis(2500)), sleeper.waits());
    }

    @Test
    void normallyClosedContactIsEnergisedToSwitchThePhoneOff() {
        PowerSwitch power = new OutputPowerSwitch(output, Duration.ZERO, true, SafeState.ON, sleeper);
        power.off();
        assertEquals(List.of(true), output.sets);
        assertEquals(Optional.of(false), power.state());
    }

    @Test
    void stateIsUnknownUntilTheOutputCanTell() {
        PowerSwitch power = new OutputPowerSwitch(output, Duration.ZERO, false, SafeState.ON, sleeper);
        assertEquals(Optional.empty(), power.state());
    }

    @Test
    void appliesDeclaredSafeStateAtShutdown() {
        new OutputPowerSwitch(output, Duration.ZERO, false, SafeState.OFF, sleeper).applySafeState();
        new OutputPowerSwitch(output, Duration.ZERO, false, SafeState.AS_IS, sleeper).applySafeState();
        new OutputPowerSwitch(output, Duration.ZERO, false, SafeState.ON, sleeper).applySafeState();
        assertEquals(List.of(false, true), output.sets);
    }

    @Test
    void refusesNegativeOffTime() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new OutputPowerSwitch(output, Duration.ofSeconds(-1), false, SafeState.ON, sleeper));
        assertEquals("noted output: off time must not be negative, saw PT-1S", error.getMessage());
    }
}
