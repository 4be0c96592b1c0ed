package io.phonebench.emulator.reference;

import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.InternalUri;
import java.util.Optional;

/**
 * Internal URIs the reference phone does not act on itself (RTPRx/RTPTx, Play, Display, SendDigits, App, Device,
 * Notify): the virtual phone plugs in what it has (e.g. RTP streams). Empty means "not supported here", answered
 * as the SDK answers an unsupported URI: Status 6, Data {@code URI not found}.
 */
@FunctionalInterface
public interface UriHandler {
    UriHandler NONE = uri -> Optional.empty();

    Optional<ResponseItem> handle(InternalUri uri);
}
