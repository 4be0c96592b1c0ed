package io.phonebench.bench.phone;

import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.power.SafeState;
import java.util.Optional;

/**
 * A phone's power switch that mirrors every power loss on the phone's reference model: after off or a cycle, the
 * reference starts from a fresh boot too (display, history, cookies, streams), as the phone does.
 */
public final class MirroredPowerSwitch implements PowerSwitch {
    private final PowerSwitch power;
    private final Runnable powerLost;

    public MirroredPowerSwitch(PowerSwitch power, Runnable powerLost) {
        this.power = power;
        this.powerLost = powerLost;
    }

    @Override
    public void on() {
        power.on();
    }

    @Override
    public void off() {
        power.off();
        powerLost.run();
    }

    @Override
    public void cycle() {
        power.cycle();
        powerLost.run();
    }

    @Override
    public Optional<Boolean> state() {
        return power.state();
    }

    @Override
    public SafeState safeState() {
        return power.safeState();
    }

    @Override
    public String toString() {
        return power.toString();
    }
}
