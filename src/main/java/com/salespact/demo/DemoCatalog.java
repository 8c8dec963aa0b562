package com.salespact.demo;

import java.util.List;
import java.util.Random;

/** The fixed cast and vocabulary of the demo company: people, companies, products and sales phrases. */
final class DemoCatalog {

    static final String NORTH = "North";
    static final String SOUTH = "South";

    /** One person of the demo company; {@code performance} is the rep's current-quarter attainment factor. */
    record Person(String fullName, String username, String role, String team, String repStyle, double performance) {

        boolean isRep() {
            return "REP".equals(role);
        }

        boolean isHunter() {
            return "HUNTER".equals(repStyle);
        }

        String email() {
            return fullName.toLowerCase().replace(' ', '.') + "@salespact.example";
        }
    }

    record Company(String name, String industry) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Ada Admin", "admin", "ADMIN", null, null, 0),
            new Person("Maria Novak", "manager", "MANAGER", NORTH, null, 0),
            new Person("Sofia Rossi", "sofia", "MANAGER", SOUTH, null, 0),
            // Team North: on track, behind and at risk side by side.
            new Person("Ravi Patel", "rep", "REP", NORTH, "HUNTER", 0.92),
            new Person("Lena Kim", "lkim", "REP", NORTH, "HUNTER", 1.22),
            new Person("Jonas Berg", "jberg", "REP", NORTH, "HUNTER", 0.68),
            new Person("Emma Larsen", "elarsen", "REP", NORTH, "FARMER", 1.10),
            new Person("Oliver Hughes", "ohughes", "REP", NORTH, "FARMER", 0.80),
            new Person("Freya Nilsson", "fnilsson", "REP", NORTH, "FARMER", 1.03),
            // Team South.
            new Person("Marco Bianchi", "mbianchi", "REP", SOUTH, "HUNTER", 1.15),
            new Person("Ana Souza", "asouza", "REP", SOUTH, "HUNTER", 0.74),
            new Person("Lucas Moreau", "lmoreau", "REP", SOUTH, "HUNTER", 0.96),
            new Person("Chiara Conti", "cconti", "REP", SOUTH, "FARMER", 1.25),
            new Person("Diego Alvarez", "dalvarez", "REP", SOUTH, "FARMER", 0.88),
            new Person("Nadia Haddad", "nhaddad", "REP", SOUTH, "FARMER", 0.64));

    static final List<Company> COMPANIES = List.of(
            new Company("Aldercrest Manufacturing", "Manufacturing"),
            new Company("Brightforge Metals", "Manufacturing"),
            new Company("Calder Precision Parts", "Manufacturing"),
            new Company("Dunmore Plastics", "Manufacturing"),
            new Company("Eastgate Tooling", "Manufacturing"),
            new Company("Fernwood Fabrication", "Manufacturing"),
            new Company("Granite Peak Machinery", "Manufacturing"),
            new Company("Hollin Industrial", "Manufacturing"),
            new Company("Ironbridge Components", "Manufacturing"),
            new Company("Juniper Castings", "Manufacturing"),
            new Company("Kestrel Freight", "Logistics"),
            new Company("Lakeside Logistics", "Logistics"),
            new Company("Meridian Shipping", "Logistics"),
            new Company("Northway Haulage", "Logistics"),
            new Company("Orbit Cargo Services", "Logistics"),
            new Company("Portland Express", "Logistics"),
            new Company("Quayside Warehousing", "Logistics"),
            new Company("Riverbend Transport", "Logistics"),
            new Company("Saffron Home Stores", "Retail"),
            new Company("Tidewater Outfitters", "Retail"),
            new Company("Urban Pantry", "Retail"),
            new Company("Velvet Lane Fashion", "Retail"),
            new Company("Willow & Finch", "Retail"),
            new Company("Yellowstone Outdoor", "Retail"),
            new Company("Zephyr Sports", "Retail"),
            new Company("Amber Market", "Retail"),
            new Company("Bluebell Clinics", "Healthcare"),
            new Company("Cedar Health Group", "Healthcare"),
            new Company("Dovetail Medical", "Healthcare"),
            new Company("Evergreen Care Homes", "Healthcare"),
            new Company("Fairhaven Diagnostics", "Healthcare"),
            new Company("Greenfield Pharmacy", "Healthcare"),
            new Company("Harbor Dental Partners", "Healthcare"),
            new Company("Iris Eye Clinics", "Healthcare"),
            new Company("Juno Capital", "Financial services"),
            new Company("Keystone Mutual", "Financial services"),
            new Company("Lumen Insurance", "Financial services"),
            new Company("Marlow Credit Union", "Financial services"),
            new Company("Northstar Wealth", "Financial services"),
            new Company("Oakridge Savings", "Financial services"),
            new Company("Pinnacle Leasing", "Financial services"),
            new Company("Quill Accounting", "Financial services"),
            new Company("Redwood Systems", "Software"),
            new Company("Silverline Software", "Software"),
            new Company("Tessellate Data", "Software"),
            new Company("Upland Cloud", "Software"),
            new Company("Vantage IT Services", "Software"),
            new Company("Wavelength Networks", "Telecommunications"),
            new Company("Xenon Labs", "Software"),
            new Company("Yotta Analytics", "Software"),
            new Company("Zenith Solar", "Energy"),
            new Company("Aurora Wind Power", "Energy"),
            new Company("Boreal Energy", "Energy"),
            new Company("Cobalt Utilities", "Energy"),
            new Company("Delta Grid Services", "Energy"),
            new Company("Ember Heating", "Energy"),
            new Company("Fjord Seafood", "Food & beverage"),
            new Company("Golden Mill Bakeries", "Food & beverage"),
            new Company("Highland Dairy", "Food & beverage"),
            new Company("Isle Brewery", "Food & beverage"),
            new Company("Jasper Coffee Roasters", "Food & beverage"),
            new Company("Kettle & Crumb", "Food & beverage"),
            new Company("Lindenhof Wines", "Food & beverage"),
            new Company("Maple Orchard Foods", "Food & beverage"),
            new Company("Nordic Build", "Construction"),
            new Company("Oakline Construction", "Construction"),
            new Company("Parkside Properties", "Real estate"),
            new Company("Quarry Stone Works", "Construction"),
            new Company("Ridgeway Homes", "Real estate"),
            new Company("Stonegate Developments", "Real estate"),
            new Company("Timberline Carpentry", "Construction"),
            new Company("Unity Facilities", "Real estate"),
            new Company("Vista Learning", "Education"),
            new Company("Westbrook Academy", "Education"),
            new Company("Apex Consulting", "Professional services"),
            new Company("Beacon Legal", "Professional services"),
            new Company("Crescent Media", "Media"),
            new Company("Driftwood Travel", "Hospitality"),
            new Company("Elmstead Hotels", "Hospitality"),
            new Company("Foxglove Events", "Hospitality"));

    static final List<String> NORTH_CITIES = List.of(
            "Hamburg", "Copenhagen", "Stockholm", "Oslo", "Amsterdam", "Helsinki", "Dublin", "Berlin", "Rotterdam",
            "Gdańsk");
    static final List<String> SOUTH_CITIES = List.of(
            "Munich", "Milan", "Lyon", "Madrid", "Barcelona", "Lisbon", "Vienna", "Zurich", "Marseille", "Turin");

    static final List<String> PRODUCTS = List.of(
            "Analytics Suite", "Field Service Cloud", "Premium Support", "Data Platform", "Security Bundle",
            "Training Package", "IoT Sensor Kit", "Managed Backup", "Workflow Automation", "Customer Portal");
    static final List<String> NEW_BUSINESS = List.of("pilot", "first rollout", "new business");
    static final List<String> EXISTING_BUSINESS = List.of("renewal", "expansion", "upgrade");

    static final List<String> LOST_REASONS = List.of(
            "Price too high", "Chose a competitor", "No budget this year", "Project postponed",
            "No decision made", "Champion left the company", "Requirements not met");

    static final List<String> PROSPECT_STEPS = List.of(
            "Discovery call to confirm the need", "Find the economic buyer", "Send intro deck and references");
    static final List<String> QUALIFIED_STEPS = List.of(
            "Demo for the operations team", "Agree success criteria", "Scoping workshop with IT");
    static final List<String> PROPOSAL_STEPS = List.of(
            "Walk the CFO through the proposal", "Send revised proposal", "Answer security questionnaire");
    static final List<String> NEGOTIATION_STEPS = List.of(
            "Legal review of the contract", "Final pricing call with procurement", "Signature expected this week");

    static final List<String> MEETING_NOTES = List.of(
            "Quarterly business review", "Product demo", "Requirements workshop", "Executive sponsor lunch",
            "Onboarding check-in", "Pricing discussion");

    static final List<String> CONTACT_FIRST_NAMES = List.of(
            "Anna", "Ben", "Carla", "David", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jan", "Katja", "Luis",
            "Mila", "Noah", "Olga", "Pieter", "Rosa", "Stefan", "Tara", "Viktor");
    static final List<String> CONTACT_LAST_NAMES = List.of(
            "Andersen", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Hansen", "Ivanova", "Jansen",
            "Keller", "Lindqvist", "Martín", "Nowak", "O'Brien", "Petrov", "Richter", "Schmidt", "Torres", "Weber");
    static final List<String> CONTACT_TITLES = List.of(
            "CEO", "CFO", "Head of IT", "Head of Operations", "Procurement Lead", "COO", "Purchasing Manager");

    private DemoCatalog() {
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
