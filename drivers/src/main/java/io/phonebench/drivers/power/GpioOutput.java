package io.phonebench.drivers.power;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import io.phonebench.drivers.BenchInfrastructureException;

import java.util.Objects;
import java.util.Optional;

/**
 * A GPIO line driving a relay or a MOSFET, through Pi4J 2. The Pi4J context comes from the caller: the rig names
 * the provider ({@code gpiod} on a lab machine, {@code mock} in tests), and nothing here falls back silently.
 * The line starts de-energised.
 */
public final class GpioOutput implements OutputChannel, AutoCloseable {
    private final Context pi4j;
    private final GpioLine line;
    private final DigitalOutput output;

    public GpioOutput(Context pi4j, GpioLine line) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.line = Objects.requireNonNull(line, "line");
        try {
            this.output = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                    .id("phonebench-gpio-" + line.bcm())
                    .name("PhoneBench power, BCM " + line.bcm())
                    .address(line.bcm())
                    .initial(level(false)));
        } catch (RuntimeException e) {
            throw new BenchInfrastructureException(describe() + ": could not claim the line: " + e.getMessage(), e);
        }
    }

    @Override
    public void set(boolean on) {
        try {
            output.state(level(on));
        } catch (RuntimeException e) {
            throw new BenchInfrastructureException(describe() + ": could not set it " + (on ? "active" : "inactive")
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Boolean> get() {
        DigitalState state = output.state();
        if (state == DigitalState.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(state == level(true));
    }

    @Override
    public String describe() {
        return "GPIO BCM " + line.bcm() + (line.activeLow() ? " (active-low)" : " (active-high)");
    }

    private DigitalState level(boolean active) {
        return active != line.activeLow() ? DigitalState.HIGH : DigitalState.LOW;
    }

    /** Releases the line so another output (or a later run) may claim it. */
    @Override
    public void close() {
        try {
            pi4j.shutdown(output.id());
        } catch (RuntimeException e) {
            throw new BenchInfrastructureException(describe() + ": could not release the line: " + e.getMessage(), e);
        }
    }
}
