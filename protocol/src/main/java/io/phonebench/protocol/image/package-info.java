/**
 * Layer protocol: the images phones and the bench exchange, as bytes. PNG is what 88xx screenshots, service images
 * for colour displays and the report's evidence carry (Png). Pure JDK (java.desktop's rasters and zlib).
 */
package io.phonebench.protocol.image;
