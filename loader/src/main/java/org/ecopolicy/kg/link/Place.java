package org.ecopolicy.kg.link;

import java.util.List;

/**
 * A gazetteer entry.
 *
 * @param id         stable key used in IRIs (ASCII): curated ids ("etuokeqi", "huanghe-liuyu") or,
 *                   for divisions only the national table has, {@code cn-} and the six-digit code
 * @param type       one of the ontology's place classes: AdministrativeRegion, DevelopmentZone, River,
 *                   Basin, Lake, Wetland, Desert, SandyLand, Mountain, Grassland, IrrigationDistrict,
 *                   EcologicalZone
 * @param level      for divisions: province, autonomous-region, municipality, league-city,
 *                   banner-county, development-zone, township; else null
 * @param parentId   the place that directly contains it (administrative or geographic), or null
 * @param basinIds   basins it belongs to (黄河流域, 西辽河流域 …), directly
 * @param aliases    other written forms (curated variants, 甘南州 for 甘南藏族自治州), matched like the name
 * @param code       the 12-digit statistical division code (统计用区划代码), or null
 * @param shortForms the bare stem of a division name (武川 for 武川县), generated: matched only where
 *                   it is no common word
 */
public record Place(String id, String nameZh, String nameEn, String pinyin, String type, String level,
                    String parentId, List<String> basinIds, List<String> aliases, String code,
                    List<String> shortForms) {

    public Place {
        basinIds = List.copyOf(basinIds);
        aliases = List.copyOf(aliases);
        shortForms = List.copyOf(shortForms);
    }

    public boolean provinceLevel() {
        return "province".equals(level) || "autonomous-region".equals(level) || "municipality".equals(level);
    }
}
