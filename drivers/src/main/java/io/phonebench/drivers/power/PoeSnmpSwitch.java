package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.GenericAddress;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A phone powered over Ethernet: RFC 3621 pethPsePortAdminEnable ({@value #ADMIN_ENABLE}.group.port, 1 = true,
 * 2 = false) set and read with SNMP v2c. The community string never appears in messages.
 */
public final class PoeSnmpSwitch implements PowerSwitch {
    public static final String ADMIN_ENABLE = "1.3.6.1.2.1.105.1.1.1.3";
    private static final int TRUE = 1;
    private static final int FALSE = 2;

    private final PoePort where;
    private final OctetString community;
    private final Duration timeout;
    private final int retries;
    private final Duration offTime;
    private final SafeState safeState;
    private final Sleeper sleeper;
    private final OID adminEnable;

    public PoeSnmpSwitch(PoePort where, String community, Duration timeout, int retries, Duration offTime,
                         SafeState safeState, Sleeper sleeper) {
        this.where = Objects.requireNonNull(where, "where");
        this.community = new OctetString(Objects.requireNonNull(community, "community"));
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.retries = retries;
        this.offTime = Objects.requireNonNull(offTime, "offTime");
        this.safeState = Objects.requireNonNull(safeState, "safeState");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException(describe() + ": expected 0..5 SNMP retries, saw " + retries);
        }
        this.adminEnable = new OID(ADMIN_ENABLE + "." + where.group() + "." + where.port());
    }

    @Override
    public void on() {
        set(TRUE);
    }

    @Override
    public void off() {
        set(FALSE);
    }

    @Override
    public void cycle() {
        off();
        sleeper.sleep(offTime);
        on();
    }

    /** pethPsePortAdminEnable as the switch reports it. */
    @Override
    public Optional<Boolean> state() {
        Variable value = request(PDU.GET, new VariableBinding(adminEnable), "GET");
        int answer = value instanceof Integer32 number ? number.getValue() : -1;
        if (answer != TRUE && answer != FALSE) {
            throw new BenchInfrastructureException(describe() + ": expected pethPsePortAdminEnable 1 or 2, saw "
                    + value.getSyntaxString() + " " + value);
        }
        return Optional.of(answer == TRUE);
    }

    @Override
    public SafeState safeState() {
        return safeState;
    }

    private void set(int value) {
        request(PDU.SET, new VariableBinding(adminEnable, new Integer32(value)), "SET " + value);
    }

    private Variable request(int type, VariableBinding binding, String operation) {
        PDU pdu = new PDU();
        pdu.setType(type);
        pdu.add(binding);
        try (Snmp snmp = new Snmp(new DefaultUdpTransportMapping())) {
            snmp.listen();
            ResponseEvent<UdpAddress> event = snmp.send(pdu, target());
            PDU response = event.getResponse();
            if (response == null) {
                throw new BenchInfrastructureException(describe() + ": " + operation + " " + adminEnable
                        + ": no answer within " + timeout.toMillis() + " ms x " + (retries + 1) + " tries"
                        + (event.getError() == null ? "" : " (" + event.getError().getMessage() + ")"));
            }
            if (response.getErrorStatus() != PDU.noError) {
                throw new BenchInfrastructureException(describe() + ": " + operation + " " + adminEnable
                        + ": the agent answered " + response.getErrorStatusText()
                        + " (hint: a wrong community answers nothing; a read-only one answers noAccess)");
            }
            Variable value = response.get(0).getVariable();
            if (value.isException()) {
                throw new BenchInfrastructureException(describe() + ": " + operation + " " + adminEnable
                        + ": the agent answered " + value + " (is this port PoE-capable?)");
            }
            return value;
        } catch (IOException e) {
            throw new BenchInfrastructureException(describe() + ": " + operation + " failed: " + e.getMessage(), e);
        }
    }

    private CommunityTarget<UdpAddress> target() {
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(
                (UdpAddress) GenericAddress.parse("udp:" + where.host() + "/" + where.snmpPort()), community);
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(timeout.toMillis());
        target.setRetries(retries);
        return target;
    }

    public String describe() {
        return "PoE switch " + where.host() + ":" + where.snmpPort() + " port " + where.group() + "." + where.port();
    }

    @Override
    public String toString() {
        return "PoeSnmpSwitch[" + describe() + "]";
    }
}
