package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
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
 * One outlet of a rack PDU switched over SNMP (v2c or v3 authPriv) through its vendor's outlet-control object
 * ({@link PduVendor}). Every switch is read back, so a PDU that accepts a SET but leaves the outlet as it was is
 * noticed at once. Each failure names the PDU, its address, the outlet and the object; secrets never appear.
 */
public final class SnmpPdu implements PowerSwitch {
    private final PduOutlet where;
    private final PduVendor vendor;
    private final SnmpCredentials credentials;
    private final Duration timeout;
    private final int retries;
    private final Duration offTime;
    private final SafeState safeState;
    private final Sleeper sleeper;

    public SnmpPdu(PduOutlet where, PduVendor vendor, SnmpCredentials credentials, Duration timeout, int retries,
                   Duration offTime, SafeState safeState, Sleeper sleeper) {
        this.where = Objects.requireNonNull(where, "where");
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.retries = retries;
        this.offTime = Objects.requireNonNull(offTime, "offTime");
        this.safeState = Objects.requireNonNull(safeState, "safeState");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException(describe() + ": expected 0..5 SNMP retries, saw " + retries);
        }
    }

    @Override
    public void on() {
        set(true);
    }

    @Override
    public void off() {
        set(false);
    }

    @Override
    public void cycle() {
        off();
        sleeper.sleep(offTime);
        on();
    }

    @Override
    public Optional<Boolean> state() {
        OID oid = new OID(vendor.stateOid(where.outlet()));
        Variable value = request(PDU.GET, new VariableBinding(oid), "GET " + oid);
        int number = value instanceof Integer32 integer ? integer.getValue() : Integer.MIN_VALUE;
        return Optional.of(vendor.decodeState(number).orElseThrow(() -> new BenchInfrastructureException(describe()
                + ": GET " + oid + ": expected " + vendor.readBackMeaning() + ", saw " + value.getSyntaxString()
                + " " + value)));
    }

    @Override
    public SafeState safeState() {
        return safeState;
    }

    private void set(boolean on) {
        OID oid = new OID(vendor.controlOid(where.outlet(), on));
        int value = vendor.controlValue(on);
        request(PDU.SET, new VariableBinding(oid, new Integer32(value)), "SET " + oid + " = " + value);
        boolean now = state().orElseThrow();
        if (now != on) {
            throw new BenchInfrastructureException(describe() + ": outlet reads " + (now ? "on" : "off")
                    + " after SET " + oid + " = " + value + " (switching " + (on ? "on" : "off") + ")");
        }
    }

    private Variable request(int type, VariableBinding binding, String operation) {
        boolean v3 = credentials instanceof SnmpCredentials.User;
        PDU pdu = v3 ? new ScopedPDU() : new PDU();
        pdu.setType(type);
        pdu.add(binding);
        try (Snmp snmp = session()) {
            snmp.listen();
            ResponseEvent<UdpAddress> event = snmp.send(pdu, target());
            PDU response = event.getResponse();
            if (response == null) {
                throw new BenchInfrastructureException(describe() + ": " + operation + ": no answer within "
                        + timeout.toMillis() + " ms x " + (retries + 1) + " tries"
                        + (event.getError() == null ? "" : " (" + event.getError().getMessage() + ")")
                        + (v3 ? " (hint: a wrong SNMPv3 password answers nothing)"
                              : " (hint: a wrong community answers nothing)"));
            }
            if (response.getType() == PDU.REPORT) {
                throw new BenchInfrastructureException(describe() + ": " + operation + ": the agent answered with"
                        + " a report " + response.getVariableBindings() + " (check the SNMPv3 user and passwords)");
            }
            if (response.getErrorStatus() != PDU.noError) {
                throw new BenchInfrastructureException(describe() + ": " + operation + ": the agent answered "
                        + response.getErrorStatusText() + " (hint: a read-only community answers noAccess or"
                        + " notWritable; an outlet the PDU does not have answers noSuchName)");
            }
            if (response.size() != 1 || !response.get(0).getOid().equals(binding.getOid())) {
                throw new BenchInfrastructureException(describe() + ": " + operation + ": the agent answered for "
                        + response.getVariableBindings() + " instead");
            }
            Variable value = response.get(0).getVariable();
            if (value.isException()) {
                throw new BenchInfrastructureException(describe() + ": " + operation + ": the agent answered "
                        + value + " (is the vendor right, and does the PDU have this outlet?)");
            }
            return value;
        } catch (IOException e) {
            throw new BenchInfrastructureException(describe() + ": " + operation + " failed: " + e.getMessage(), e);
        }
    }

    /** A session with its own USM, so PDUs (and in tests, agents) in one JVM never share SNMPv3 state. */
    private Snmp session() throws IOException {
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        if (credentials instanceof SnmpCredentials.User user) {
            SecurityProtocols protocols = SecurityProtocols.getInstance();
            protocols.addAuthenticationProtocol(new AuthSHA());
            protocols.addPrivacyProtocol(new PrivAES128());
            byte[] engineId = MPv3.createLocalEngineID();
            USM usm = new USM(protocols, new OctetString(engineId), 0);
            usm.addUser(new UsmUser(new OctetString(user.user()), AuthSHA.ID, new OctetString(user.authPassword()),
                    PrivAES128.ID, new OctetString(user.privPassword())));
            dispatcher.addMessageProcessingModel(new MPv3(engineId, null, protocols,
                    SecurityModels.getCollection(new SecurityModel[] {usm}), CounterSupport.getInstance()));
        }
        return new Snmp(dispatcher, new DefaultUdpTransportMapping());
    }

    private Target<UdpAddress> target() {
        UdpAddress address = (UdpAddress) GenericAddress.parse("udp:" + where.host() + "/" + where.snmpPort());
        Target<UdpAddress> target;
        if (credentials instanceof SnmpCredentials.User user) {
            UserTarget<UdpAddress> userTarget = new UserTarget<>();
            userTarget.setAddress(address);
            userTarget.setSecurityName(new OctetString(user.user()));
            userTarget.setSecurityLevel(SecurityLevel.AUTH_PRIV);
            userTarget.setVersion(SnmpConstants.version3);
            target = userTarget;
        } else {
            CommunityTarget<UdpAddress> communityTarget = new CommunityTarget<>(address,
                    new OctetString(((SnmpCredentials.Community) credentials).community()));
            communityTarget.setVersion(SnmpConstants.version2c);
            target = communityTarget;
        }
        target.setTimeout(timeout.toMillis());
        target.setRetries(retries);
        return target;
    }

    public String describe() {
        return vendor.fileName() + " PDU '" + where.pdu() + "' (" + where.host() + ":" + where.snmpPort() + ") outlet "
                + where.outlet();
    }

    @Override
    public String toString() {
        return "SnmpPdu[" + describe() + ", " + credentials + "]";
    }
}
