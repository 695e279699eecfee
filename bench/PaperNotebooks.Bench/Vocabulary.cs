namespace PaperNotebooks.Bench;

/// <summary>
/// The words synthetic papers are made of. The pools lean on ML and systems papers like the
/// bundled seed, and deliberately include what a reader has to cope with: accents, apostrophes,
/// particles, hyphens, initials, CJK script, digits, quotes and non-ASCII symbols.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Two-letter codes as listings write them, with the weight of each (percent-ish).</summary>
    public static readonly (string Code, double Weight)[] Categories =
    [
        ("LG", 22), ("CL", 18), ("CV", 16), ("AI", 12), ("DC", 8),
        ("CR", 3.5), ("IR", 3), ("RO", 2.5), ("SE", 2.5), ("ML", 2.5), ("NE", 1.5), ("DB", 1.5),
        ("HC", 1), ("NI", 0.8), ("PF", 0.7), ("DS", 0.7), ("SD", 0.5), ("MA", 0.5), ("AR", 0.5),
        ("PL", 0.4), ("CY", 0.4), ("SI", 0.4), ("GR", 0.3), ("MM", 0.3), ("OS", 0.3), ("GT", 0.2),
        ("LO", 0.2), ("CC", 0.1), ("ET", 0.1),
    ];

    /// <summary>arXiv identifier and name for each code; ML is the statistics archive's.</summary>
    public static readonly Dictionary<string, (string Id, string Name)> CategoryNames = new()
    {
        ["AI"] = ("cs.AI", "Artificial Intelligence"),
        ["AR"] = ("cs.AR", "Hardware Architecture"),
        ["CC"] = ("cs.CC", "Computational Complexity"),
        ["CL"] = ("cs.CL", "Computation and Language"),
        ["CR"] = ("cs.CR", "Cryptography and Security"),
        ["CV"] = ("cs.CV", "Computer Vision and Pattern Recognition"),
        ["CY"] = ("cs.CY", "Computers and Society"),
        ["DB"] = ("cs.DB", "Databases"),
        ["DC"] = ("cs.DC", "Distributed, Parallel, and Cluster Computing"),
        ["DS"] = ("cs.DS", "Data Structures and Algorithms"),
        ["ET"] = ("cs.ET", "Emerging Technologies"),
        ["GR"] = ("cs.GR", "Graphics"),
        ["GT"] = ("cs.GT", "Computer Science and Game Theory"),
        ["HC"] = ("cs.HC", "Human-Computer Interaction"),
        ["IR"] = ("cs.IR", "Information Retrieval"),
        ["LG"] = ("cs.LG", "Machine Learning"),
        ["LO"] = ("cs.LO", "Logic in Computer Science"),
        ["MA"] = ("cs.MA", "Multiagent Systems"),
        ["ML"] = ("stat.ML", "Machine Learning"),
        ["MM"] = ("cs.MM", "Multimedia"),
        ["NE"] = ("cs.NE", "Neural and Evolutionary Computing"),
        ["NI"] = ("cs.NI", "Networking and Internet Architecture"),
        ["OS"] = ("cs.OS", "Operating Systems"),
        ["PF"] = ("cs.PF", "Performance"),
        ["PL"] = ("cs.PL", "Programming Languages"),
        ["RO"] = ("cs.RO", "Robotics"),
        ["SD"] = ("cs.SD", "Sound"),
        ["SE"] = ("cs.SE", "Software Engineering"),
        ["SI"] = ("cs.SI", "Social and Information Networks"),
    };

    public static readonly string[] Months =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static readonly string[] FirstNames =
    [
        "Masahiro", "Olatunji", "Sam", "Jinghan", "Xinyu", "Zhewei", "Reza", "Minjia", "Liyuan", "Young Jin",
        "Shuohang", "Akiko", "Eiji", "Haiying", "Tanmoy", "Connor", "Michael", "Marah", "Jyoti", "Hany",
        "Takayuki", "Ahan", "Zhihao", "Neel", "Tingfeng", "Yusen", "Bin", "Walid", "Kenjiro", "Toshihiro",
        "Yuichi", "Masaaki", "Bonnie", "Shuaiwen Leon", "Wei", "Jing", "Yang", "Hao", "Yue", "Xin",
        "Lei", "Jun", "Chen", "Yi", "Tao", "Ming", "Jie", "Hui", "Qiang", "Lin",
        "John", "David", "James", "Robert", "Daniel", "Thomas", "Andrew", "Christopher", "Matthew", "Kevin",
        "Sarah", "Emily", "Jennifer", "Laura", "Anna", "Maria", "Elena", "Sofia", "Julia", "Olivia",
        "José", "Zoë", "Chloé", "Renée", "Søren", "Björn", "Jürgen", "Łukasz", "François", "Hélène",
        "Nicolás", "Sebastián", "Joaquín", "Mónica", "Iñaki", "Tomáš", "Jiří", "Çağlar", "Gülşen", "Ümit",
        "Jean-Pierre", "Anne-Marie", "Hans-Peter", "Jean-Baptiste", "Ming-Wei", "Yu-Chiang", "Kai-Wei", "Hsiang-Fu", "Marie-Claire", "Karl-Heinz",
        "Priya", "Rahul", "Arjun", "Ananya", "Vikram", "Deepak", "Sanjay", "Kavya", "Aditya", "Shreya",
        "Mohammed", "Ahmed", "Fatima", "Omar", "Yasmin", "Hassan", "Leila", "Karim", "Amir", "Noor",
        "Chinedu", "Ngozi", "Kwame", "Ama", "Tunde", "Folake", "Kofi", "Abebe", "Amara", "Sipho",
        "Hiroshi", "Yuki", "Takeshi", "Kenji", "Sakura", "Haruto", "Ren", "Aoi", "Daiki", "Naoki",
        "Min-jun", "Seo-yeon", "Ji-hoon", "Hyun", "Dong-hyun", "Soo-jin", "Jae", "Eun-ji", "Sung", "Hye-won",
        "Ivan", "Dmitry", "Olga", "Natalia", "Sergey", "Alexei", "Irina", "Pavel", "Mikhail", "Anastasia",
        "Lars", "Ingrid", "Sven", "Astrid", "Nils", "Freya", "Mats", "Sigrid", "Erik", "Annika",
        "Giulia", "Marco", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Giovanni", "Federica", "Paolo",
        "Pierre", "Camille", "Julien", "Léa", "Mathieu", "Céline", "Élodie", "Benoît", "Gaëlle", "Noël",
        "Pablo", "Lucía", "Andrés", "Camila", "Diego", "Valentina", "Alejandro", "Martín", "Inés", "Raúl",
        "Thi Minh", "Van Anh", "Quang", "Duc", "Hoang", "Tuan", "Linh", "Phuong", "Thanh", "Bao",
    ];

    public static readonly string[] LastNames =
    [
        "Tanaka", "Ruwase", "Jacobs", "Yao", "Lian", "Zhang", "Wang", "Li", "Liu", "Chen",
        "Kim", "Park", "Lee", "Smith", "Müller", "Schmidt", "Gómez", "García", "Pérez", "Núñez",
        "Sánchez", "Dvořák", "Kovačević", "Øvrebø", "Ødegaard", "Çelik", "Yılmaz", "Nguyễn", "Trần", "Kumar",
        "Gupta", "Singh", "Patel", "Sharma", "Ivanov", "Kuznetsov", "O'Brien", "McAllister", "Okafor", "Adeyemi",
        "Mensah", "Hashimoto", "Suzuki", "Yamamoto", "Aizawa", "Aramaki", "Krichene", "Awadalla", "Rasley", "Holmes",
        "Wyatt", "Taura", "Hanawa", "Ohsita", "Yamauchi", "Umegane", "Arakawa", "Tanabe", "Garcia-Lopez", "Smith-Jones",
        "Ben-David", "Abu-Mostafa", "van der Meer", "van den Berg", "de la Cruz", "von Luxburg", "de Freitas", "van Gool", "dos Santos", "da Silva",
        "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
        "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Tang", "Han", "Feng",
        "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
        "Moore", "Martin", "Jackson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau", "Fournier", "Bonnet", "Mercier", "Faure",
        "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer",
        "Johansson", "Andersson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsen", "Hansen", "Jensen", "Nielsen",
        "Sato", "Takahashi", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki",
        "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Song", "Hwang",
        "Reddy", "Iyer", "Nair", "Menon", "Rao", "Chatterjee", "Banerjee", "Mukherjee", "Das", "Bose",
        "Hernández", "López", "Martínez", "González", "Rodríguez", "Fernández", "Ramírez", "Torres", "Flores", "Ortiz",
        "Petrov", "Smirnov", "Popov", "Volkov", "Sokolov", "Lebedev", "Kozlov", "Novak", "Horváth", "Wójcik",
        "Al-Farsi", "El-Sayed", "Haddad", "Khalil", "Mansour", "Nasser", "Rahman", "Hussain", "Karimi", "Hosseini",
    ];

    /// <summary>Family and given names in their own script (Chinese, Japanese, Korean); a reader must keep them intact.</summary>
    public static readonly (string[] Family, string[] Given)[] CjkNames =
    [
        (["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"],
         ["伟", "娜", "敏", "洋", "静", "帆", "磊", "婷", "杰", "昊", "明", "丽", "强", "军", "平", "华", "芳", "欣怡", "子涵", "浩然", "雨桐", "俊杰", "思远", "嘉怡"]),
        (["山田", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村", "小林", "加藤"],
         ["太郎", "花子", "一郎", "健", "美咲", "翔太", "陽菜", "大輔", "直樹", "結衣"]),
        (["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"],
         ["민준", "서연", "지훈", "유진", "하늘", "서준", "지우", "도윤", "수아", "예은"]),
    ];

    /// <summary>Consortia and teams that appear as authors.</summary>
    public static readonly string[] GroupAuthors =
        ["LLM-jp", "BigScience Workshop", "Gemini Team", "Qwen Team", "DeepSeek-AI", "OpenAI", "Llama Team", "Kimi Team"];

    public static readonly string[] Affiliations =
    [
        "microsoft-research", "google-deepmind", "stanford", "mit", "meta-ai", "tsinghua-university", "uc-berkeley", "cmu",
        "peking-university", "nvidia", "openai", "eth-zurich", "university-of-tokyo", "alibaba", "epfl", "oxford",
        "cambridge", "mila", "bytedance", "kaist", "riken", "inria", "max-planck-institute", "allen-institute-for-ai",
        "huggingface", "ibm-research", "amazon", "apple", "samsung", "baidu", "tencent", "nus",
        "ntu-singapore", "iit-bombay", "university-of-toronto", "uiuc", "princeton", "harvard", "columbia", "cornell",
        "georgia-tech", "umich", "uw", "ucla", "ucsd", "nyu", "jhu", "kth", "tum", "lmu-munich", "sorbonne", "ucl",
        "imperial-college", "technion", "weizmann", "seoul-national-university", "kyoto-university", "osaka-university",
        "nii-japan", "aist", "fujitsu", "preferred-networks", "vector-institute", "anthropic", "shanghai-ai-lab", "zhejiang-university",
    ];

    public static readonly string[] GithubOrgs =
    [
        "microsoft", "deepspeedai", "facebookresearch", "google-research", "huggingface", "NVIDIA", "THUDM", "OpenGVLab",
        "lm-sys", "mit-han-lab", "stanford-futuredata", "hpcaitech", "vllm-project", "sgl-project", "allenai", "EleutherAI",
        "QwenLM", "deepseek-ai", "llm-jp", "pytorch", "tensorflow", "apple", "ibm", "salesforce", "tsinghua-fib-lab", "zju-nlp",
    ];

    public static readonly string[] NamePrefixes =
    [
        "Deep", "Flash", "Mega", "Zen", "Super", "Hyper", "Ultra", "Fast", "Sparse", "Quant", "Tensor", "Pipe",
        "Zero", "Turbo", "Open", "Auto", "Meta", "Nano", "Giga", "Omni", "Uni", "Lumi", "Star", "Swift",
        "Elastic", "Smart", "Lite", "Long", "Token", "Graph", "Shard", "Fluid", "Tiny", "Vision", "Code", "Med",
    ];

    public static readonly string[] NameSuffixes =
    [
        "Speed", "Flow", "Offload", "Attention", "Serve", "Gen", "Chat", "Former", "Net", "Infer", "Train", "Shard",
        "Scale", "Bench", "Graph", "RL", "Mind", "Pilot", "Cache", "Stream", "Fuse", "Kernel", "Mix", "Lens",
        "Coder", "Agent", "Sight", "Vox", "Tune", "Pack", "Store", "Spec", "Guard", "Lingo", "Math", "Doc",
    ];

    public static readonly string[] NameTails =
        ["-Chat", "-FastGen", "-2", "-3", "-V2", "-MoE", "4Science", "-Inference", "++", "-XL", "-Lite", "-R1", "-Pro", "-7B"];

    public static readonly string[] Acronyms =
    [
        "GRIN", "RaNNC", "LoRA", "QLoRA", "FLAME", "SPADE", "MAC-Attention", "LLM-jp", "MoE-LLaVA", "AWQ", "GPTQ", "SWIFT",
        "ORCA", "HELM", "PEARL", "CLAP", "BLADE", "TRACE", "MIRAGE", "ATLAS", "KV-Compress", "RAGE", "SAGE", "NEXUS",
    ];

    public static readonly string[] TitleVerbs =
    [
        "Enabling", "Scaling", "Accelerating", "Unlocking", "Mitigating", "Rethinking", "Improving", "Optimizing",
        "Understanding", "Benchmarking", "Revisiting", "Unleashing", "Taming", "Democratizing", "Learning", "Exploiting",
        "Compressing", "Evaluating", "Aligning", "Distilling",
    ];

    public static readonly string[] TitleAdjectives =
    [
        "Efficient", "Scalable", "Long-Context", "Stall-Free", "Distributed", "Sparse", "Low-Rank", "Robust",
        "Multimodal", "Fully Open", "Fast", "Affordable", "Memory-Efficient", "Asynchronous", "Adaptive", "Hierarchical",
        "Compiler-Based", "Hardware-Aware", "Training-Free", "Zero-Shot", "Few-Shot", "Self-Supervised", "Federated", "Secure",
        "Large-Scale", "Lightweight", "Accurate", "Interpretable", "Universal", "Dynamic", "Hybrid", "Reconfigurable",
    ];

    public static readonly string[] TitleNouns =
    [
        "Transformer Training", "LLM Inference", "KV Cache Compression", "Mixture-of-Experts", "Sequence Parallelism",
        "Language Models", "Retrieval-Augmented Generation", "Checkpointing", "Graph Partitioning", "Concurrency Control",
        "Attention Computation", "Text Generation", "Vision Transformers", "Diffusion Models", "Reinforcement Learning",
        "Speculative Decoding", "Quantization", "Model Serving", "Instruction Tuning", "Code Generation",
        "Anomaly Detection", "Point Cloud Segmentation", "Speech Recognition", "Query Optimization", "Federated Learning",
        "Neural Architecture Search", "Preference Optimization", "Tool Use", "Reasoning", "Embeddings",
        "Pipeline Parallelism", "Offloading", "Data Curation", "Tokenization", "Knowledge Distillation",
    ];

    public static readonly string[] TitleContexts =
    [
        "via Asynchronous Updates", "at Scale", "on GPUs", "on Superchips", "for Edge Devices", "with GPT-4",
        "for Japanese LLMs", "in 3D Point Clouds", "at All Scales", "with 8-bit Optimizers", "in the Wild",
        "for Scientific Discovery", "under Memory Constraints", "with 1M-Token Contexts", "for Low-Resource Languages",
        "on Commodity Hardware", "across Heterogeneous Clusters", "with Llama 3", "without Retraining",
        "for Relational Databases", "in Multi-Agent Systems", "for Autonomous Driving", "from Human Feedback",
        "with 1.58-bit Weights", "beyond 100K Tokens", "in Production", "for Long Sequences",
    ];

    public static readonly string[] TitleModels =
        ["GPT-4", "LLMs", "Llama 2", "Llama 3", "Vision-Language Models", "Small Language Models", "MoE Models", "ChatGPT", "Code LLMs", "Transformers", "Diffusion Models", "Agents"];

    public static readonly string[] QuestionVerbs =
        ["Reason", "Plan", "Generalize", "Memorize", "Self-Correct", "Replace Annotators", "Count", "Write Proofs", "Follow Instructions", "Scale"];

    public static readonly Dictionary<string, string[]> Slots = new()
    {
        ["topic"] =
        [
            "large language models (LLMs)", "vision transformers", "graph neural networks", "diffusion models",
            "mixture-of-experts (MoE) models", "relational database systems", "deep neural networks (DNNs)",
            "multimodal foundation models", "recommendation systems", "retrieval-augmented generation (RAG) pipelines",
            "speech recognition systems", "autonomous agents", "code language models", "Internet-of-things (IoT) devices",
            "state space models", "neural radiance fields (NeRFs)", "reinforcement learning agents",
        ],
        ["task"] =
        [
            "long-context inference", "distributed training", "code generation", "machine translation", "image segmentation",
            "query optimization", "instruction tuning", "reinforcement learning from human feedback (RLHF)", "question answering",
            "text summarization", "object detection", "anomaly detection", "fine-tuning", "text-to-image generation",
            "mathematical reasoning", "program repair", "named entity recognition", "video understanding", "motion planning",
        ],
        ["thing"] =
        [
            "the KV cache", "activation memory", "communication overhead", "pipeline bubbles", "expert routing",
            "memory bandwidth", "tail latency", "optimizer states", "load imbalance", "the attention bottleneck",
            "gradient synchronization", "data movement between CPU and GPU", "lock contention", "cold-start latency",
            "label noise", "catastrophic forgetting", "hallucination", "the \"memory wall\"", "distribution shift",
        ],
        ["adj"] =
        [
            "scalable", "efficient", "lightweight", "robust", "fully asynchronous", "hardware-aware", "training-free",
            "modular", "general-purpose", "compiler-based", "provably correct", "fault-tolerant", "plug-and-play",
            "highly parallel", "memory-efficient", "open-source", "end-to-end",
        ],
        ["noun"] =
        [
            "framework", "system", "algorithm", "protocol", "runtime", "compiler pass", "benchmark", "scheduler",
            "training recipe", "library", "architecture", "serving engine", "toolkit", "method",
        ],
        ["technique"] =
        [
            "sequence parallelism", "ZeRO-style sharding", "low-rank adaptation", "speculative decoding",
            "quantization-aware training", "contrastive pretraining", "optimistic concurrency control", "expert parallelism",
            "activation checkpointing", "knowledge distillation", "prompt tuning", "chain-of-thought prompting",
            "kernel fusion", "paged attention", "curriculum learning", "direct preference optimization (DPO)",
            "structured pruning", "mixed-precision training", "tensor parallelism", "CPU offloading",
        ],
        ["model"] =
        [
            "GPT-4", "GPT-3.5", "Llama 2 70B", "Llama 3 8B", "Mistral 7B", "Mixtral 8x7B", "BERT-large", "T5-XXL",
            "ViT-H/14", "Qwen2-72B", "Phi-3-mini", "CLIP ViT-L/14", "ResNet-50", "GPT-2", "OPT-175B", "Falcon-40B",
        ],
        ["hardware"] =
        [
            "NVIDIA A100 GPUs", "H100 GPUs", "GH200 Superchips", "TPU v4 pods", "AMD MI250X GPUs", "commodity CPUs",
            "edge devices", "a 512-GPU cluster", "a single consumer GPU", "the Frontier supercomputer", "Apple M2 laptops",
        ],
        ["dataset"] =
        [
            "ImageNet", "COCO", "GLUE", "SuperGLUE", "MMLU", "GSM8K", "HumanEval", "LongBench", "TPC-C", "YCSB",
            "LibriSpeech", "WMT'14 En-De", "SQuAD 2.0", "Natural Questions", "MS MARCO", "ScanNet", "nuScenes", "MATH",
        ],
        ["metric"] =
        [
            "throughput", "accuracy", "F1 score", "BLEU", "mean average precision (mAP)", "pass@1", "GPU utilization",
            "goodput", "exact-match accuracy", "model FLOPs utilization (MFU)", "recall@10",
        ],
        ["cost"] =
        [
            "end-to-end latency", "time-to-first-token (TTFT)", "perplexity", "memory footprint", "training cost",
            "energy consumption", "tail latency", "word error rate", "communication volume", "peak GPU memory",
        ],
        ["domain"] =
        [
            "drug discovery", "climate modeling", "healthcare", "autonomous driving", "recommendation", "finance",
            "education", "robotics", "scientific discovery", "materials science", "law", "cybersecurity",
        ],
        ["group"] =
        [
            "academia and industry", "the open-source community", "practitioners", "hardware vendors", "cloud providers",
            "researchers", "end users",
        ],
    };

    public static readonly string[] ContextSentences =
    [
        "{topic} have revolutionized various applications in artificial intelligence, from {task} to {task}, matching or even surpassing human performance.",
        "In the upcoming decade, {topic} may transform {domain}, enhancing our capacity to model and predict complex phenomena.",
        "The deployment and scaling of {topic} have become critical as they permeate various applications, demanding high throughput and low latency serving systems.",
        "{topic} demonstrate enormous utility in {task}, which requires processing inputs that consist of tens to hundreds of thousands of tokens.",
        "Training {topic} continues to scale rapidly in terms of model size, data volume, and sequence length, to the point where multiple machines are required.",
        "Recent advances in {topic} have enabled remarkable progress in {task} and {task}.",
        "As {topic} grow in size and capability, {thing} has emerged as a first-order concern for both {group} and {group}.",
        "{task} is a fundamental problem in {domain}, with applications ranging from {task} to {task}.",
        "Despite rapid progress, {topic} remain expensive to train and serve, which limits their adoption in {domain}.",
        "Bill-of-materials and telecommunications billing applications need to process both short transactions and long read-write transactions simultaneously.",
    ];

    public static readonly string[] ProblemSentences =
    [
        "However, existing approaches suffer from {thing}, which limits scalability and increases cost.",
        "However, the current landscape lacks an accessible, efficient, and cost-effective end-to-end pipeline for {task}.",
        "Prior work mitigates {thing} via {technique}, which lowers fidelity, or via {technique}, which adds complexity.",
        "Unfortunately, {thing} grows linearly with sequence length and quickly dominates the runtime.",
        "A key challenge is {thing}: naive solutions either waste memory or leave compute idle.",
        "Existing systems rely on {technique}, but we observe that {thing} remains the dominant bottleneck in practice.",
        "Moreover, most benchmarks ignore {thing}, so reported gains rarely transfer to {domain}.",
        "These methods are difficult to reproduce, and their claims about {metric} and {cost} have not been verified at scale.",
        "Long-context decoding is IO-bound: each token re-reads an ever-growing cache, and {thing} becomes unavoidable.",
    ];

    public static readonly string[] ProposalSentences =
    [
        "In this paper, we propose {name}, a {adj} {noun} that addresses {thing} through {technique}.",
        "We introduce {name}, a {adj} {noun} for {task} built on {technique} and {technique}.",
        "To address these challenges, we present {name}, a {adj} and {adj} {noun} for {topic}.",
        "This work proposes {name} as a {adj} {noun} for {task}, combining {technique} with {technique}.",
        "We present {name}, which rethinks {task} by treating {thing} as a scheduling problem.",
        "In this study, a {adj} {noun} named {name} is proposed for {task} in systems characterized by {thing}.",
    ];

    public static readonly string[] MethodSentences =
    [
        "{name} partitions the workload across {hardware} and overlaps computation with communication to hide {thing}.",
        "At its core, {name} uses {technique} to eliminate redundant work, while a {adj} {noun} keeps {thing} under control.",
        "Our key insight is that {thing} follows a highly predictable pattern, which allows {name} to prefetch data ahead of time.",
        "We further design a {adj} {noun} that decouples {task} from {task}, enabling independent scaling of each stage.",
        "{name} requires no changes to model code and integrates with existing training pipelines through a small set of hooks.",
        "Unlike previous approaches, {name} applies {technique} only where it matters, based on a lightweight cost model.",
        "The design combines {technique}, {technique}, and {technique} in a single {adj} {noun}.",
        "We formalize the problem as an integer program with {int} constraints and solve it with a greedy heuristic that is within {pct} of optimal.",
        "To make the approach practical, we implement custom kernels for {hardware} and a {adj} {noun} for bookkeeping.",
        "We also introduce a new benchmark of {count} examples spanning {int} tasks, including {task}, {task}, and {task}.",
        "The model is trained on {big} tokens with {technique}, and its weights are released under a permissive license.",
        "Our analysis shows that {thing} accounts for up to {pct} of the runtime in typical workloads.",
        "In contrast to the so-called \"one-size-fits-all\" designs, {name} adapts to the workload at runtime.",
    ];

    public static readonly string[] ResultSentences =
    [
        "Experiments on {hardware} show that {name} achieves up to {x} higher {metric} and {pct} lower {cost} than state-of-the-art systems.",
        "On {dataset} and {dataset}, {name} improves {metric} by {pct} compared with {model}.",
        "Evaluations with {model} demonstrate that {name} reduces {cost} by {pct} while keeping accuracy within {small} of the baseline.",
        "Extensive experiments across {int} benchmarks show that {name} outperforms prior work on {metric}, reaching {pct} on {dataset}.",
        "A {size}-parameter model trained with {name} rivals {model} on {dataset}, despite being small enough to deploy on {hardware}.",
        "{name} sustains {x} the {metric} of {technique} when scaling to {hardware}, with near-linear scaling up to {int} nodes.",
        "Compared with {model}, our approach reduces {cost} by {x} at a cost of less than {small} accuracy.",
        "Ablation studies confirm that each component contributes, and that {technique} alone yields a {pct} improvement.",
        "We observe that performance improves with scale (≈{x} per doubling of compute), in line with scaling laws.",
    ];

    public static readonly string[] ClosingSentences =
    [
        "We believe {name} offers a practical path toward {adj} {task} for {group}.",
        "These results suggest that {thing} should be a first-class design consideration for future {topic}.",
        "We hope this work will serve as a foundation for future research on {task}.",
        "Our findings open new opportunities for {domain} and {domain}.",
        "We discuss limitations, including {thing}, and outline directions for future work.",
    ];

    public static readonly string[] CodeSentences =
    [
        "Code is available at {url}.",
        "Our code and models are publicly released at {url}.",
        "The implementation is open-sourced at {url} to facilitate future research.",
        "All artifacts (code: {url}) are available to the community.",
        "We release {name} at {url}",
    ];
}
