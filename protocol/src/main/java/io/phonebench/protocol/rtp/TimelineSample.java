package io.phonebench.protocol.rtp;

/**
 * One slice of a stream (a quarter of a second), for charts: a 1.5 s stream gives six points, not two.
 *
 * @param second      where the slice starts, in seconds since the stream's first packet (0, 0.25, 0.5, ...)
 * @param packets     packets received in this slice
 * @param lost        packets lost in this slice (expected minus received; negative when duplicates arrived)
 * @param lossPercent lost as a percentage of the packets expected in this slice, at least 0
 * @param jitterMs    the interarrival jitter at the end of this slice
 */
public record TimelineSample(double second, long packets, long lost, double lossPercent, double jitterMs) {
}
