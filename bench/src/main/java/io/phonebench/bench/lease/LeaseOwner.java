package io.phonebench.bench.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a lease: user, host and process. The process start time tells a live holder from a recycled pid.
 *
 * @param user         login name
 * @param host         host name
 * @param pid          process id on that host
 * @param processStart when that process started, when the OS says
 */
public record LeaseOwner(String user, String host, long pid, Optional<Instant> processStart) {

    public static LeaseOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new LeaseOwner(System.getProperty("user.name", "unknown"), hostName(), self.pid(),
                self.info().startInstant());
    }

    /** Whether this owner is a process on {@code localHost} that no longer runs. */
    public boolean deadOn(String localHost) {
        if (!host.equals(localHost)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return processStart.isPresent() && started.isPresent() && !processStart.equals(started);
    }

    /** {@code user@host pid 1234}, as messages show it. */
    public String describe() {
        return user + "@" + host + " pid " + pid;
    }

    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
