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

    /**
     * A people's government or party committee: the body at the top of a place's chain. A
     * department whose government is unknown (省水利厅 in a document of unknown jurisdiction) has
     * no parent either, yet stays a department.
     */
    public boolean government() {
        if (parentId != null) {
            return false;
        }
        return id.endsWith("-gov") || id.endsWith("-party") || nameZh.endsWith("人民政府")
                || nameZh.endsWith("行政公署") || nameZh.endsWith("政府") || nameZh.endsWith("党委")
                || nameZh.startsWith("中共") && nameZh.endsWith("委员会");
    }
}
