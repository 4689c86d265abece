package org.ecopolicy.kg.read;

/** A file's text after decoding, with the name of the charset it was found to be in. */
public record DecodedText(String text, String charset) {
}
