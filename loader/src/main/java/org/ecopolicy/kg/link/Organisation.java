package org.ecopolicy.kg.link;

import java.util.List;

/**
 * A normalised department or government body.
 *
 * @param id           stable key used in IRIs (ASCII)
 * @param nameZh       full official name, e.g. 鄂托克旗林业和草原局
 * @param parentId     the organisation it is part of (its people's government), or null
 * @param placeId      the gazetteer place whose government it belongs to, or null
 * @param aliases      written forms that denote it (旗林草局 …)
 */
public record Organisation(String id, String nameZh, String nameEn, String parentId, String placeId,
                           List<String> aliases) {

    public Organisation {
        aliases = List.copyOf(aliases);
    }
}
