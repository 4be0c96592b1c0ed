package io.phonebench.emulator.rtp;

import io.phonebench.emulator.reference.UriHandler;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.InternalUri;
import io.phonebench.protocol.uri.RtpUri;
import java.util.EnumSet;
import java.util.Optional;

/**
 * How a phone answers RTP URIs, without any media: one stream per direction, a second start on a busy direction is
 * refused, a stop frees it. The bench's reference model uses it, so expectations never put packets on the wire.
 */
public final class RtpAnswers implements UriHandler {
    private final EnumSet<StreamDirection> active = EnumSet.noneOf(StreamDirection.class);

    @Override
    public synchronized Optional<ResponseItem> handle(InternalUri uri) {
        if (!(uri instanceof RtpUri rtp)) {
            return Optional.empty();
        }
        StreamDirection direction = rtp.stream().receive() ? StreamDirection.RECEIVE : StreamDirection.TRANSMIT;
        RtpOutcome outcome;
        if (rtp.isStop()) {
            active.remove(direction);
            outcome = RtpOutcome.success();
        } else if (active.contains(direction)) {
            outcome = RtpOutcome.busy();
        } else {
            active.add(direction);
            outcome = RtpOutcome.success();
        }
        return Optional.of(outcome.responseItem(rtp));
    }

    /** Power off ends every stream. */
    public synchronized void reset() {
        active.clear();
    }
}
