package org.oneplan.deploy.launch;

import java.util.List;
import java.util.Locale;

/**
 * The subjects a synthetic catalogue's titles are made of, per discipline: the known area codes get their
 * own subjects, the placeholder codes (D14 to D37) subjects of areas the Partnership Cooperation Menu is
 * known to cover, so that a generated title reads like a course of its discipline.
 */
final class PcmTopics {

    private static final String[][] KNOWN = {
        {"ACD", "Arms Control Verification", "Small Arms and Light Weapons Control", "Non-Proliferation Policy"},
        {"ARM", "Armament Cooperation", "Defence Procurement", "Life Cycle Management"},
        {"ASM", "Airspace Management", "Civil-Military Air Traffic Coordination", "Air Policing"},
        {"BSC", "Border Security", "Maritime Border Surveillance", "Counter-Smuggling Operations"},
        {"C3", "Command and Control", "Consultation and Command Systems", "Tactical Communications"},
        {"CCMS", "Environmental Security", "Science for Peace and Security", "Climate and Security"},
        {"CEP", "Civil Emergency Planning", "Disaster Response", "Critical Infrastructure Resilience"},
        {"CRM", "Crisis Management", "Crisis Response Planning", "Crisis Communication"},
        {"DEI", "Defence Economics", "Defence Industrial Base", "Economic Security"},
        {"DPB", "Defence Planning and Budgeting", "Resource Management", "Building Integrity"},
        {"DPS", "Defence Policy and Strategy", "Strategic Leadership", "Security Sector Reform"},
        {"GEO", "Military Geography", "Geospatial Intelligence", "Mapping and Charting"},
        {"LT", "English for Staff Officers", "Operational English", "French for Staff Officers"}
    };

    private static final String[][] PLACEHOLDER = {
        {"Cyber Defence", "Incident Handling", "Cyber Threat Intelligence"},
        {"Logistics", "Movement and Transportation", "Medical Logistics"},
        {"Military Medicine", "Combat Casualty Care", "Medical Evacuation"},
        {"Legal Aspects of Operations", "Law of Armed Conflict", "Rules of Engagement"},
        {"Gender Perspectives", "Women, Peace and Security", "Protection of Civilians"},
        {"Public Diplomacy", "Strategic Communications", "Countering Disinformation"},
        {"Counter-Terrorism", "Countering Improvised Explosive Devices", "Explosive Ordnance Disposal"},
        {"Maritime Security", "Maritime Interdiction Operations", "Harbour Protection"},
        {"Peace Support Operations", "Civil-Military Cooperation", "Stabilisation Operations"},
        {"Intelligence Analysis", "Open Source Intelligence", "Intelligence Sharing"},
        {"Military Education", "Faculty Development", "Curriculum Design"},
        {"Defence Institution Building", "Human Resources Management", "Professional Military Education"},
        {"Standardization and Interoperability", "NATO Standards", "Interoperability Assessment"},
        {"Operational Planning", "Joint Operational Planning", "Exercise Planning"},
        {"Energy Security", "Operational Energy", "Fuel Supply Chains"},
        {"Hybrid Threats", "Resilience Planning", "Societal Resilience"},
        {"Chemical, Biological, Radiological and Nuclear Defence", "CBRN Response", "Decontamination"},
        {"Air Operations", "Air Mobility", "Search and Rescue"},
        {"Land Operations", "Mountain Warfare", "Counter-Insurgency"},
        {"Special Operations", "Special Operations Planning", "Special Forces Medical Care"},
        {"Military Police", "Close Protection", "Stability Policing"},
        {"Space and Satellite Services", "Satellite Communications", "Space Situational Awareness"},
        {"Human Security", "Children and Armed Conflict", "Cultural Property Protection"},
        {"Military Training", "Simulation-Based Training", "Training Needs Analysis"}
    };

    private PcmTopics() {}

    /** The 37 codes, in the order of CatalogueDemoData's disciplines. */
    static List<String> codes() {
        List<String> known = java.util.Arrays.stream(KNOWN).map(row -> row[0]).toList();
        List<String> placeholders = java.util.stream.IntStream.rangeClosed(known.size() + 1, 37)
                .mapToObj(n -> String.format(Locale.ROOT, "D%02d", n))
                .toList();
        return java.util.stream.Stream.concat(known.stream(), placeholders.stream())
                .toList();
    }

    /** The subjects of the discipline at {@code index} in {@link #codes()}. */
    static List<String> subjects(int index) {
        if (index < KNOWN.length) {
            return List.of(KNOWN[index]).subList(1, KNOWN[index].length);
        }
        return List.of(PLACEHOLDER[index - KNOWN.length]);
    }
}
