package org.ecopolicy.kg.link;

import java.util.List;

/**
 * A gazetteer entry.
 *
 * @param id       stable key used in IRIs (ASCII, e.g. "etuokeqi", "huanghe-liuyu")
 * @param type     one of the ontology's place classes: AdministrativeRegion, River, Basin, Lake,
 *                 Wetland, Desert, SandyLand, Mountain, Grassland, IrrigationDistrict, EcologicalZone
 * @param level    for administrative regions: autonomous-region, league-city, banner-county; else null
 * @param parentId the place that directly contains it (administrative or geographic), or null
 * @param basinIds basins it belongs to (黄河流域, 西辽河流域 …), directly
 * @param aliases  other written forms (short forms, variants), matched like the name
 */
public record Place(String id, String nameZh, String nameEn, String pinyin, String type, String level,
                    String parentId, List<String> basinIds, List<String> aliases) {

    public Place {
        basinIds = List.copyOf(basinIds);
        aliases = List.copyOf(aliases);
    }
}
