package io.phonebench.emulator.rtp;

/** The two directions a phone streams in; each may have one XML-services stream at a time. */
public enum StreamDirection {
    /** RTPRx / RTPMRx: the phone plays a stream it receives. */
    RECEIVE,
    /** RTPTx / RTPMTx: the phone sends its microphone (here: a tone). */
    TRANSMIT
}
