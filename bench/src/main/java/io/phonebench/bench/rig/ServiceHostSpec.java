package io.phonebench.bench.rig;

/**
 * Where the bench's service host listens, the address phones fetch services from.
 *
 * @param bind address to bind; on a real lab an address the phones can route to
 * @param port TCP port, 0 for an ephemeral one
 */
public record ServiceHostSpec(String bind, int port) {
    public static final ServiceHostSpec LOOPBACK = new ServiceHostSpec("127.0.0.1", 0);
}
