package io.phonebench.emulator.network;

import io.phonebench.emulator.serial.ChannelListener;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A rack PDU's SNMP agent on loopback UDP, for one vendor's outlet-control objects, written from the vendors' MIBs
 * independently of the bench's driver: APC PowerNet-MIB sPDUOutletCtl (.318.1.1.4.4.2.1.3.N, 1 on, 2 off), Raritan
 * PDU2-MIB switchingOperation (.13742.6.4.1.2.1.2.1.N, 0 off, 1 on) with outletSwitchingState
 * (.13742.6.4.1.2.1.3.1.N, 7 on, 8 off), Eaton EATON-EPDU-MIB outletControlOffCmd / OnCmd (.534.6.6.7.6.6.1.3.0.N /
 * .4.0.N, written 0 = now) with outletControlStatus (.2.0.N, 0 off, 1 on). Any other object is noSuchName, any
 * other value wrongValue. It answers only its v2c community, or only its SNMPv3 user at authPriv.
 * <p>
 * Faults for tests: {@link #mute} (a silent peer), {@link #muteAfterNextSet} (stops answering in the middle of a
 * switch), {@link #ignoreSets} (accepts SETs, outlets never move), {@link #answerOutOfRange} (read-backs outside
 * the MIB's enumeration).
 */
public final class SimulatedSnmpPdu implements AutoCloseable {

    /** Who the agent answers: a community, or an SNMPv3 user (SHA / AES-128). */
    public record Access(String community, String user, String authPassword, String privPassword) {
        public static Access community(String community) {
            return new Access(Objects.requireNonNull(community), null, null, null);
        }

        public static Access user(String user, String authPassword, String privPassword) {
            return new Access(null, user, authPassword, privPassword);
        }

        @Override
        public String toString() {
            return community != null ? "community ****" : "user " + user;
        }
    }

    private final String name;
    private final String vendor;
    private final boolean[] outlets;
    private final Access access;
    private final ChannelListener listener;
    private final Snmp agent;
    private final int port;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile boolean mute;
    private volatile boolean muteAfterSet;
    private volatile boolean ignoreSets;
    private volatile boolean outOfRange;

    private SimulatedSnmpPdu(String name, String vendor, int outlets, Access access, ChannelListener listener,
                             InetAddress bind) throws IOException {
        this.name = name;
        this.vendor = vendor;
        this.outlets = new boolean[outlets + 1];
        Arrays.fill(this.outlets, true);   // a PDU powers its outlets up by default
        this.access = access;
        this.listener = listener;
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(bind, 0));
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        if (access.user() != null) {
            SecurityProtocols protocols = SecurityProtocols.getInstance();
            protocols.addAuthenticationProtocol(new AuthSHA());
            protocols.addPrivacyProtocol(new PrivAES128());
            byte[] engineId = MPv3.createLocalEngineID(new OctetString("pdu-" + name));
            USM usm = new USM(protocols, new OctetString(engineId), 0);
            usm.addUser(new UsmUser(new OctetString(access.user()), AuthSHA.ID,
                    new OctetString(access.authPassword()), PrivAES128.ID, new OctetString(access.privPassword())));
            dispatcher.addMessageProcessingModel(new MPv3(engineId, null, protocols,
                    SecurityModels.getCollection(new SecurityModel[] {usm}), CounterSupport.getInstance()));
        }
        this.agent = new Snmp(dispatcher, transport);
        agent.addCommandResponder(new CommandResponder() {
            @Override
            public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
                answer(event);
            }
        });
        agent.listen();
        this.port = transport.getListenAddress().getPort();
    }

    /**
     * An agent for {@code vendor} ({@code apc}, {@code raritan} or {@code eaton}) with {@code outlets} outlets, all
     * on; every switch is passed to {@code listener} (outlet, on).
     */
    public static SimulatedSnmpPdu start(String name, String vendor, int outlets, Access access, InetAddress bind,
                                         ChannelListener listener) {
        if (!List.of("apc", "raritan", "eaton").contains(vendor)) {
            throw new IllegalArgumentException("simulated PDU " + name + ": unknown vendor " + vendor);
        }
        try {
            return new SimulatedSnmpPdu(name, vendor, outlets, access, listener, bind);
        } catch (IOException e) {
            throw new UncheckedIOException("simulated PDU " + name + ": could not listen on " + bind, e);
        }
    }

    public int port() {
        return port;
    }

    /** Every request answered or refused, e.g. {@code SET 1.3.6.1.4.1.318.1.1.4.4.2.1.3.3 = 2}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public synchronized boolean outlet(int outlet) {
        return outlets[outlet];
    }

    public void mute(boolean mute) {
        this.mute = mute;
    }

    public void muteAfterNextSet() {
        this.muteAfterSet = true;
    }

    public void ignoreSets(boolean ignore) {
        this.ignoreSets = ignore;
    }

    public void answerOutOfRange(boolean outOfRange) {
        this.outOfRange = outOfRange;
    }

    private <A extends Address> void answer(CommandResponderEvent<A> event) {
        if (mute || !authorised(event)) {
            return;   // a silent agent, or a wrong community or user: a real agent answers nothing either
        }
        PDU request = event.getPDU();
        PDU response = (PDU) request.clone();
        response.clear();   // clears the request ID too
        response.setRequestID(request.getRequestID());
        response.setType(PDU.RESPONSE);
        response.setErrorStatus(PDU.noError);
        response.setErrorIndex(0);
        boolean wasSet = request.getType() == PDU.SET;
        synchronized (this) {
            for (VariableBinding binding : request.getVariableBindings()) {
                response.add(wasSet ? set(binding, response) : get(binding, response));
            }
        }
        event.setProcessed(true);
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                    event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                    event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
        } catch (MessageException e) {
            throw new IllegalStateException("simulated PDU " + name + " could not answer", e);
        }
        if (wasSet && muteAfterSet) {
            mute = true;
        }
    }

    private boolean authorised(CommandResponderEvent<?> event) {
        String securityName = new String(event.getSecurityName());
        if (access.community() != null) {
            return event.getMessageProcessingModel() == org.snmp4j.mp.MessageProcessingModel.MPv2c
                    && access.community().equals(securityName);
        }
        return event.getSecurityModel() == SecurityModel.SECURITY_MODEL_USM
                && event.getSecurityLevel() == SecurityLevel.AUTH_PRIV && access.user().equals(securityName);
    }

    private VariableBinding get(VariableBinding binding, PDU response) {
        String oid = binding.getOid().toDottedString();
        requests.add("GET " + oid);
        int outlet = outletOf(oid, stateObject());
        if (outlet < 0) {
            return refuse(binding, response, PDU.noSuchName);
        }
        int value = outOfRange ? 42 : stateValue(outlets[outlet]);
        return new VariableBinding(binding.getOid(), new Integer32(value));
    }

    private VariableBinding set(VariableBinding binding, PDU response) {
        String oid = binding.getOid().toDottedString();
        Variable variable = binding.getVariable();
        requests.add("SET " + oid + " = " + variable);
        int outlet = -1;
        Boolean on = null;
        int value = variable instanceof Integer32 number ? number.getValue() : Integer.MIN_VALUE;
        switch (vendor) {
            case "apc" -> {
                outlet = outletOf(oid, "1.3.6.1.4.1.318.1.1.4.4.2.1.3.");
                on = value == 1 ? Boolean.TRUE : value == 2 ? Boolean.FALSE : null;
            }
            case "raritan" -> {
                outlet = outletOf(oid, "1.3.6.1.4.1.13742.6.4.1.2.1.2.1.");
                on = value == 1 ? Boolean.TRUE : value == 0 ? Boolean.FALSE : null;
            }
            default -> {
                int onOutlet = outletOf(oid, "1.3.6.1.4.1.534.6.6.7.6.6.1.4.0.");
                int offOutlet = outletOf(oid, "1.3.6.1.4.1.534.6.6.7.6.6.1.3.0.");
                outlet = Math.max(onOutlet, offOutlet);
                on = value != 0 ? null : onOutlet > 0;
            }
        }
        if (outlet < 0) {
            return refuse(binding, response, PDU.noSuchName);
        }
        if (on == null) {
            return refuse(binding, response, PDU.wrongValue);
        }
        if (!ignoreSets && outlets[outlet] != on) {
            outlets[outlet] = on;
            listener.changed(outlet, on);
        }
        return binding;
    }

    private String stateObject() {
        return switch (vendor) {
            case "apc" -> "1.3.6.1.4.1.318.1.1.4.4.2.1.3.";
            case "raritan" -> "1.3.6.1.4.1.13742.6.4.1.2.1.3.1.";
            default -> "1.3.6.1.4.1.534.6.6.7.6.6.1.2.0.";
        };
    }

    private int stateValue(boolean on) {
        return switch (vendor) {
            case "apc" -> on ? 1 : 2;
            case "raritan" -> on ? 7 : 8;
            default -> on ? 1 : 0;
        };
    }

    /** The outlet number after {@code prefix}, or -1 when the OID is another object or an outlet it does not have. */
    private int outletOf(String oid, String prefix) {
        if (!oid.startsWith(prefix)) {
            return -1;
        }
        try {
            int outlet = Integer.parseInt(oid.substring(prefix.length()));
            return outlet >= 1 && outlet < outlets.length ? outlet : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private VariableBinding refuse(VariableBinding binding, PDU response, int status) {
        if (response.getErrorStatus() == PDU.noError) {
            response.setErrorStatus(status);
            response.setErrorIndex(response.size() + 1);
        }
        return binding;
    }

    @Override
    public void close() {
        try {
            agent.close();
        } catch (IOException e) {
            // closing a UDP socket does not fail in a way worth reporting
        }
    }

    @Override
    public String toString() {
        return "SimulatedSnmpPdu[" + name + " " + vendor + " udp/127.0.0.1:" + port + " " + access + "]";
    }
}
