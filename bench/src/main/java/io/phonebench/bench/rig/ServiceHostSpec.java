package io.phonebench.bench.rig;

import java.util.List;

/**
 * Where the bench's service host listens, the address phones fetch services from.
 *
 * @param bind    address to bind; on a real lab an address the phones can route to
 * @param port    TCP port, 0 for an ephemeral one
 * @param aliases further addresses serving the same routes: more host names for per-host behaviour (cookies)
 */
public record ServiceHostSpec(String bind, int port, List<String> aliases) {
    public static final ServiceHostSpec LOOPBACK = new ServiceHostSpec("127.0.0.1", 0);

    public ServiceHostSpec {
        aliases = List.copyOf(aliases);
    }

    public ServiceHostSpec(String bind, int port) {
        this(bind, port, List.of());
    }
}
