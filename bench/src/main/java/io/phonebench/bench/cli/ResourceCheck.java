package io.phonebench.bench.cli;

import io.phonebench.bench.rig.ConsoleSpec;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.SwitchSpec;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The rig's resources that can be looked at one by one without starting anything: the service host's addresses,
 * each power switch's serial port or network host, each console's serial port. A missing one is a row with its
 * cause, never the end of the check.
 */
final class ResourceCheck {
    /** One row of the check: what, where, and the problem (empty when fine). */
    record Row(String resource, String where, Optional<String> problem) {
        static Row ok(String resource, String where) {
            return new Row(resource, where, Optional.empty());
        }

        static Row down(String resource, String where, String problem) {
            return new Row(resource, where, Optional.of(problem));
        }
    }

    private ResourceCheck() {
    }

    /** Binds the address on an ephemeral port and lets go at once: is it an address of this host? */
    static Row bindable(String resource, String address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return Row.ok(resource, address);
        } catch (UnknownHostException e) {
            return Row.down(resource, address, "cannot resolve " + address + ": write an IP address of this host");
        } catch (BindException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("Cannot assign requested address")) {
                return Row.down(resource, address, "address " + address + " is not on this host: add it to a"
                        + " network interface (ip addr add " + address + "/24 dev IFACE) or change the rig file");
            }
            return Row.down(resource, address, "cannot bind " + address + ": " + why);
        } catch (IOException e) {
            return Row.down(resource, address, "cannot bind " + address + ": " + e.getMessage());
        }
    }

    static Row powerSwitch(SwitchSpec spec) {
        String resource = "switch " + spec.name();
        if (spec.simulated()) {
            return Row.ok(resource, spec.typeName() + " (started with a run)");
        }
        return spec.accept(new SwitchSpec.Binder<>() {
            @Override
            public Row serialBoard(SwitchSpec.SerialBoard board) {
                return serialPort(resource, board.serial().path());
            }

            @Override
            public Row simulatedBoard(SwitchSpec.SimulatedBoard board) {
                return Row.ok(resource, spec.typeName() + " (started with a run)");
            }

            @Override
            public Row gpio(SwitchSpec.GpioSwitch gpio) {
                return Row.ok(resource, spec.typeName() + " provider " + gpio.provider());
            }

            @Override
            public Row pduDaemon(SwitchSpec.PduDaemon pdu) {
                return resolvable(resource, pdu.daemon().getHost(), pdu.daemon().getAuthority());
            }

            @Override
            public Row poe(SwitchSpec.PoeSwitch poe) {
                return resolvable(resource, poe.ports().get(0).host(), poe.ports().get(0).host() + ":"
                        + poe.ports().get(0).snmpPort());
            }

            @Override
            public Row rackPdu(SwitchSpec.RackPdu pdu) {
                return resolvable(resource, pdu.outlets().get(0).host(), pdu.outlets().get(0).host() + ":"
                        + pdu.outlets().get(0).snmpPort());
            }

            @Override
            public Row simulatedRackPdu(SwitchSpec.SimulatedRackPdu pdu) {
                return Row.ok(resource, spec.typeName() + " (started with a run)");
            }

            @Override
            public Row httpRelay(SwitchSpec.HttpRelay relay) {
                return resolvable(resource, relay.url().getHost(), relay.url().toString());
            }

            @Override
            public Row modbusRelay(SwitchSpec.ModbusRelay relay) {
                return resolvable(resource, relay.host(), relay.host() + ":" + relay.tcpPort());
            }

            private Row resolvable(String resource, String host, String where) {
                String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
                try {
                    InetAddress.getByName(bare);
                    return Row.ok(resource, spec.typeName() + " " + where);
                } catch (UnknownHostException e) {
                    return Row.down(resource, where, "cannot resolve " + bare + ": check power." + spec.name()
                            + " in the rig file");
                }
            }
        });
    }

    static Row console(PhoneSpec phone, ConsoleSpec console) {
        String resource = "console " + phone.name();
        if (console.simulated()) {
            return Row.ok(resource, "simulated (started with a run)");
        }
        return serialPort(resource, console.port());
    }

    private static Row serialPort(String resource, String port) {
        Path path = Path.of(port);
        if (!Files.exists(path)) {
            return Row.down(resource, port, port + " does not exist: is the adapter plugged in? (ls -l "
                    + "/dev/serial/by-id/)");
        }
        if (!Files.isReadable(path) || !Files.isWritable(path)) {
            return Row.down(resource, port, "permission denied on " + port + ": add the user to the dialout group"
                    + " (sudo usermod -aG dialout $USER, then log in again)");
        }
        return Row.ok(resource, port);
    }

    /** Everything a phone depends on that is down, or empty. */
    static Optional<String> blocking(Rig rig, PhoneSpec phone, java.util.Map<String, Row> switchRows,
                                     java.util.Map<String, Row> consoleRows) {
        Optional<String> power = phone.power().map(p -> switchRows.get(p.switchName())).flatMap(Row::problem);
        if (power.isPresent()) {
            return Optional.of("switch " + phone.power().get().switchName() + " is down");
        }
        return Optional.ofNullable(consoleRows.get(phone.name())).flatMap(Row::problem)
                .map(p -> "console is down");
    }
}
