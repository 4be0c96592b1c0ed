package io.phonebench.bench.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The network addresses a rig file may write for a switch, each parsed once at load. */
class HostPortTest {

    @Test
    void hostAloneTakesTheDefaultPort() {
        assertEquals(Optional.of(new HostPort("10.0.0.2", 161)), HostPort.parse("10.0.0.2", 161));
        assertEquals(Optional.of(new HostPort("poe.lab", 161)), HostPort.parse("poe.lab", 161));
    }

    @Test
    void hostWithAPort() {
        assertEquals(Optional.of(new HostPort("10.0.0.2", 1161)), HostPort.parse("10.0.0.2:1161", 161));
    }

    @Test
    void ipv6InBracketsWithOrWithoutAPort() {
        assertEquals(Optional.of(new HostPort("2001:db8::5", 1161)), HostPort.parse("[2001:db8::5]:1161", 161));
        assertEquals(Optional.of(new HostPort("::1", 161)), HostPort.parse("[::1]", 161));
        assertEquals("[2001:db8::5]:1161", new HostPort("2001:db8::5", 1161).authority());
    }

    @Test
    void bareIpv6LiteralHasNoPort() {
        assertEquals(Optional.of(new HostPort("2001:db8::5", 161)), HostPort.parse("2001:db8::5", 161));
    }

    @Test
    void portsOutsideTheRangeAndTyposDoNotParse() {
        for (String text : new String[] {"10.0.0.2:0", "10.0.0.2:65536", "10.0.0.2:1e3", ":161", "[::1]161",
                "[::1]:", "a b", ""}) {
            assertEquals(Optional.empty(), HostPort.parse(text, 161), text);
        }
    }
}
