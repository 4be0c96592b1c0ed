package io.phonebench.drivers.power;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Power through any on/off output: a relay contact or a GPIO line. Power cycling is written only here. */
public final class OutputPowerSwitch implements PowerSwitch {
    private final OutputChannel output;
    private final Duration offTime;
    private final boolean inverted;   // normally-closed contact: energised = phone off
    private final SafeState safeState;
    private final Sleeper sleeper;

    public OutputPowerSwitch(OutputChannel output, Duration offTime, boolean inverted, SafeState safeState,
                             Sleeper sleeper) {
        this.output = Objects.requireNonNull(output, "output");
        this.offTime = Objects.requireNonNull(offTime, "offTime");
        this.inverted = inverted;
        this.safeState = Objects.requireNonNull(safeState, "safeState");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (offTime.isNegative()) {
            throw new IllegalArgumentException(output.describe() + ": off time must not be negative, saw " + offTime);
        }
    }

    /** A normally-open contact, 3 s off time, left on at exit. */
    public OutputPowerSwitch(OutputChannel output) {
        this(output, Duration.ofSeconds(3), false, SafeState.ON, Sleeper.REAL);
    }

    @Override
    public void on() {
        output.set(!inverted);
    }

    @Override
    public void off() {
        output.set(inverted);
    }

    @Override
    public void cycle() {
        off();
        sleeper.sleep(offTime);
        on();
    }

    @Override
    public Optional<Boolean> state() {
        return output.get().map(energised -> energised != inverted);
    }

    @Override
    public SafeState safeState() {
        return safeState;
    }

    public Duration offTime() {
        return offTime;
    }

    @Override
    public String toString() {
        return "OutputPowerSwitch[" + output.describe() + (inverted ? ", inverted" : "") + "]";
    }
}
