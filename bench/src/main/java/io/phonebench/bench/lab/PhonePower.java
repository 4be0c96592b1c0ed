package io.phonebench.bench.lab;

import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.power.PowerSwitch;
import java.io.PrintStream;

/**
 * One phone's power switch on its own, for the {@code power} command: no phone is brought up and no safe state is
 * applied on close, because the user asked for exactly this state. Simulated boards live only inside a run.
 */
public final class PhonePower implements AutoCloseable {
    private final Teardown teardown;
    private final PowerSwitch power;

    private PhonePower(Teardown teardown, PowerSwitch power) {
        this.teardown = teardown;
        this.power = power;
    }

    public static PhonePower open(Rig rig, String phoneName, PrintStream notices) {
        PhoneSpec phone = rig.phones(java.util.List.of(phoneName)).get(0);
        var where = phone.power().orElseThrow(() -> new RigConfigurationException(rig.source() + ":" + phone.line()
                + ": phone " + phoneName + " has no power entry: add power: { switch: NAME, channel: N }"));
        var spec = rig.switches().get(where.switchName());
        if (spec.simulated()) {
            throw new RigConfigurationException(rig.source() + ":" + spec.line() + ": switch " + spec.name() + " is a "
                    + spec.typeName() + " board, which exists only inside a run; use"
                    + " './phonebench run' or './phonebench emulate' for virtual phones");
        }
        Teardown teardown = new Teardown();
        try {
            PowerSwitch power = new PowerSwitches(teardown, notices, new VirtualPowerWiring()).forPhone(spec, where);
            return new PhonePower(teardown, power);
        } catch (RuntimeException e) {
            teardown.close();
            throw e;
        }
    }

    public PowerSwitch power() {
        return power;
    }

    @Override
    public void close() {
        teardown.close();
    }
}
