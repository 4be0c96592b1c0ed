package io.phonebench.drivers.power;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import io.phonebench.drivers.BenchInfrastructureException;

import java.util.Objects;
import java.util.Optional;

/**
 * A GPIO line driving a relay or a MOSFET, through Pi4J 2: the one class that uses Pi4J. Its context comes from a
 * {@link Provider} the rig names ({@code gpiod} on a lab machine, {@code mock} in tests), and nothing here falls
 * back silently. The line starts de-energised.
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

    /**
     * The Pi4J context of one GPIO provider; closing it releases every line it handed out. The mock provider needs
     * {@code com.pi4j:pi4j-plugin-mock}, which only test classpaths bring: the runtime jar has no mock to fall back to.
     */
    public static final class Provider implements AutoCloseable {
        private final Context pi4j;

        private Provider(Context pi4j) {
            this.pi4j = pi4j;
        }

        /** The Linux GPIO character device of a lab host (a Raspberry Pi). */
        public static Provider gpiod() {
            return new Provider(Pi4J.newContextBuilder()
                    .add(com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider.newInstance())
                    .build());
        }

        /**
         * Simulated lines that only remember their state, for tests.
         *
         * @throws NoClassDefFoundError when pi4j-plugin-mock is not on the classpath
         */
        public static Provider mock() {
            return new Provider(Pi4J.newContextBuilder().add(new com.pi4j.plugin.mock.platform.MockPlatform())
                    .add(com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider.newInstance()).build());
        }

        /** Claims {@code line} as an output, de-energised. */
        public GpioOutput output(GpioLine line) {
            return new GpioOutput(pi4j, line);
        }

        @Override
        public void close() {
            pi4j.shutdown();
        }
    }
}
