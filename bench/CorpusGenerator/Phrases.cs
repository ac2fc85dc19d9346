namespace LeafletTool.Bench;

/// <summary>Sentences in the style of real NHS leaflets ({0} is the procedure), and the typos and American forms to
/// plant.</summary>
public static class Phrases
{
    public static readonly string[] Procedures =
    [
        "cryotherapy", "radiofrequency denervation", "colonoscopy", "cystoscopy", "arthroscopy", "angioplasty",
        "bronchoscopy", "gastroscopy", "lithotripsy", "sigmoidoscopy", "hysteroscopy", "thyroidectomy",
    ];

    /// <summary>Medical words the general word list lacks; the generated house dictionary holds them.</summary>
    public static readonly string[] HouseWords =
    [
        "cryotherapy", "denervation", "neurolysis", "radiofrequency", "cannula", "colonoscopy", "cystoscopy",
        "arthroscopy", "angioplasty", "bronchoscopy", "gastroscopy", "lithotripsy", "sigmoidoscopy",
        "hysteroscopy", "thyroidectomy", "cryoprobe",
    ];

    public static readonly string[] Headings =
    [
        "What is {0}?", "Benefits of {0}", "Risks of {0}", "Other treatment options", "Preparing for {0}",
        "Giving consent", "On the day of your {0}", "During {0}", "Pain during {0}", "After {0}",
        "Going home", "Eating and drinking", "Driving and travel", "Follow-up appointments",
            "Useful sources of information",
    ];

    public static readonly string[] Sentences =
    [
        "We use {0} to find out what is causing your symptoms.",
        "Your doctor will discuss the risks and benefits of {0} with you before you agree to go ahead.",
        "As with all procedures, there is a small risk of bleeding, infection or injury to the nerves.",
        "In the short term, pain might get worse for a few weeks.",
        "If you have flu, cold or cough symptoms, please contact the number on your admission letter.",
        "Your treatment might need to be delayed to make it as safe as possible for you.",
        "We want to involve you in decisions about your care and treatment.",
        "If you decide to go ahead, you will be asked to sign a consent form.",
        "Not all doctors do the procedure in exactly the same way, but these things usually happen.",
        "Local anaesthetic is used before the procedure to numb the skin.",
        "Sometimes there is discomfort as the probe touches the deep muscles or nerves.",
        "If this happens, please tell the doctor and they will pause to make it more comfortable for you.",
        "After the procedure you will be taken to a recovery area where nursing staff will monitor you.",
        "You will be told when you can get dressed and go home.",
        "It is common for the area treated to feel numb for a few days.",
        "Please make sure that someone can collect you and stay with you overnight.",
        "It is unsafe for you to drive immediately after the procedure.",
        "About 2 months after the procedure, you will receive an appointment for a telephone consultation.",
        "You can usually eat and drink as normal once you feel ready.",
        "Take regular painkillers that you can buy from a pharmacy, if needed, and follow the directions on the "
            + "packet.",
        "Bring a list of your medicines and any allergies with you on the day.",
        "Wear loose, comfortable clothes and leave jewellery and valuables at home.",
        "Your nurse will check your blood pressure, pulse and temperature before the {0}.",
        "Most people go home on the same day, but some need to stay in hospital overnight.",
    ];

    public static readonly string[] Bullets =
    [
        "We monitor your blood pressure, heart rate and oxygen levels.",
        "A small needle (cannula) is placed in the back of your hand.",
        "The skin is cleaned with an antiseptic solution.",
        "You will feel a stinging sensation as the local anaesthetic is injected.",
        "The doctor will explain each step as it happens.",
        "Tell the team if you feel any pain or discomfort.",
        "Rest for the remainder of the day.",
        "Keep the dressing clean and dry for 48 hours.",
    ];

    public static readonly string[] Notes =
    [
        "You must arrange for someone to collect you after your {0}.",
        "If you have a high temperature or severe pain after your {0}, call us straight away.",
        "Do not eat anything for 6 hours before your {0}. You may drink water until 2 hours before.",
    ];

    /// <summary>Real words and a typo of each, planted a few times per leaflet.</summary>
    public static readonly (string Right, string Wrong)[] Typos =
    [
        ("procedure", "proceedure"), ("anaesthetic", "anaesthetc"), ("appointment", "appointmnet"),
        ("comfortable", "comfortabel"), ("treatment", "treatmnet"), ("recovery", "recovrey"),
        ("medicines", "medcines"), ("discomfort", "discomfrot"), ("temperature", "temprature"),
        ("hospital", "hosptial"),
    ];

    public static readonly (string British, string American)[] Americanisms =
    [
        ("anaesthetic", "anesthetic"), ("colour", "color"), ("centre", "center"), ("diarrhoea", "diarrhea"),
        ("haemorrhage", "hemorrhage"), ("organise", "organize"),
    ];
}
