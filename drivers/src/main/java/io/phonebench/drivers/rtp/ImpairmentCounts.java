package io.phonebench.drivers.rtp;

/** What an impairment did to a stream: datagrams offered, dropped, sent twice, held back to reorder. */
public record ImpairmentCounts(long offered, long dropped, long duplicated, long reordered) {
}
