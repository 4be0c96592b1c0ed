package io.phonebench.protocol.rtp;

/**
 * One second of a stream, for charts.
 *
 * @param second      seconds since the stream's first packet
 * @param packets     packets received in this second
 * @param lost        packets lost in this second (expected minus received; negative when duplicates arrived)
 * @param lossPercent lost as a percentage of the packets expected in this second, at least 0
 * @param jitterMs    the interarrival jitter at the end of this second
 */
public record TimelineSample(int second, long packets, long lost, double lossPercent, double jitterMs) {
}
