"""Word lists for the fictional province in `motcua.demo.province`. Pure data, no logic.

Procedure items are strings "<kind><level>:<text>[|<result>]":

- kind ``A``: ``text`` is a whole procedure name (always generated);
  ``L`` licence, ``C`` certificate, ``R`` registration, ``P`` plan, ``Q`` recognition,
  ``S`` monthly benefit: ``text`` is an object that verb templates turn into several names
  (``TEMPLATES``), of which the generator samples as many as it needs;
- level ``t`` (provincial, "TINH") or ``x`` (commune, "XA");
- ``result`` names the result document; without it one is derived from the name.

Names, numbers of legal texts and figures are illustrative, not an official catalogue.
"""

from __future__ import annotations

from typing import NamedTuple

TEMPLATES: dict[str, tuple[str, ...]] = {
    "L": ("Cấp {}", "Cấp lại {}", "Gia hạn {}", "Điều chỉnh {}", "Thu hồi {}"),
    "C": ("Cấp {}", "Cấp lại {}", "Cấp đổi {}", "Thu hồi {}"),
    "R": ("Đăng ký {}", "Thay đổi nội dung đăng ký {}", "Cấp lại giấy đăng ký {}"),
    "P": ("Thẩm định {}", "Phê duyệt {}", "Phê duyệt điều chỉnh {}"),
    "Q": ("Công nhận {}", "Công nhận lại {}", "Thu hồi quyết định công nhận {}"),
    "S": ("Giải quyết {}", "Điều chỉnh mức hưởng {}", "Thôi hưởng {}"),
}


class Department(NamedTuple):
    key: str
    code: str  # QCVN 102 electronic identifier, 13 characters
    parent: str | None  # key of the parent department; None: under the provincial committee
    name: str
    slug: str  # ASCII, used in demo usernames
    leader_title: str
    leader_unit: str
    units: tuple[str, str]  # where its two processing officers sit


DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "vpubnd",
        "000.00.01.H99",
        None,
        "Văn phòng Ủy ban nhân dân tỉnh",
        "vpubnd",
        "Phó Chánh Văn phòng",
        "Lãnh đạo Văn phòng",
        ("Phòng Hành chính - Tổ chức", "Phòng Kiểm soát thủ tục hành chính"),
    ),
    Department(
        "noivu",
        "000.00.02.H99",
        None,
        "Sở Nội vụ",
        "noivu",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Công chức, viên chức", "Phòng Lao động, việc làm và người có công"),
    ),
    Department(
        "tuphap",
        "000.00.03.H99",
        None,
        "Sở Tư pháp",
        "tuphap",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp"),
    ),
    Department(
        "taichinh",
        "000.00.04.H99",
        None,
        "Sở Tài chính",
        "taichinh",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Đăng ký kinh doanh", "Phòng Quản lý giá và công sản"),
    ),
    Department(
        "congthuong",
        "000.00.05.H99",
        None,
        "Sở Công Thương",
        "congthuong",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Quản lý thương mại", "Phòng Quản lý công nghiệp"),
    ),
    Department(
        "nnmt",
        "000.00.06.H99",
        None,
        "Sở Nông nghiệp và Môi trường",
        "nnmt",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Tài nguyên nước và khoáng sản", "Phòng Môi trường"),
    ),
    Department(
        "xaydung",
        "000.00.07.H99",
        None,
        "Sở Xây dựng",
        "xaydung",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Quản lý hoạt động xây dựng", "Phòng Quản lý vận tải"),
    ),
    Department(
        "khcn",
        "000.00.08.H99",
        None,
        "Sở Khoa học và Công nghệ",
        "khcn",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Quản lý khoa học", "Phòng Bưu chính, viễn thông"),
    ),
    Department(
        "gddt",
        "000.00.09.H99",
        None,
        "Sở Giáo dục và Đào tạo",
        "gddt",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Giáo dục phổ thông", "Phòng Giáo dục nghề nghiệp"),
    ),
    Department(
        "yte",
        "000.00.10.H99",
        None,
        "Sở Y tế",
        "yte",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Nghiệp vụ y - dược", "Phòng Bảo trợ xã hội và trẻ em"),
    ),
    Department(
        "vhttdl",
        "000.00.11.H99",
        None,
        "Sở Văn hóa, Thể thao và Du lịch",
        "vhttdl",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Quản lý văn hóa và gia đình", "Phòng Quản lý du lịch"),
    ),
    Department(
        "dttg",
        "000.00.12.H99",
        None,
        "Sở Dân tộc và Tôn giáo",
        "dttg",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Quản lý tôn giáo", "Phòng Chính sách dân tộc"),
    ),
    Department(
        "ngoaivu",
        "000.00.13.H99",
        None,
        "Sở Ngoại vụ",
        "ngoaivu",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Lãnh sự", "Phòng Hợp tác quốc tế"),
    ),
    Department(
        "thanhtra",
        "000.00.14.H99",
        None,
        "Thanh tra tỉnh",
        "thanhtra",
        "Phó Chánh Thanh tra",
        "Lãnh đạo Thanh tra",
        ("Phòng Tiếp công dân và xử lý đơn", "Phòng Giải quyết khiếu nại, tố cáo"),
    ),
    Department(
        "bqlkcn",
        "000.00.15.H99",
        None,
        "Ban Quản lý các khu công nghiệp tỉnh",
        "bqlkcn",
        "Phó Trưởng ban",
        "Lãnh đạo Ban",
        ("Phòng Quản lý đầu tư", "Phòng Quản lý lao động"),
    ),
    Department(
        "congan",
        "000.00.16.H99",
        None,
        "Công an tỉnh",
        "congan",
        "Phó Giám đốc",
        "Ban Giám đốc",
        (
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "Phòng Cảnh sát giao thông",
        ),
    ),
    Department(
        "tdkt",
        "000.01.02.H99",
        "noivu",
        "Ban Thi đua - Khen thưởng",
        "tdkt",
        "Phó Trưởng ban",
        "Lãnh đạo Ban",
        ("Phòng Nghiệp vụ thi đua", "Phòng Nghiệp vụ khen thưởng"),
    ),
    Department(
        "tgpl",
        "000.01.03.H99",
        "tuphap",
        "Trung tâm Trợ giúp pháp lý nhà nước",
        "tgpl",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Nghiệp vụ", "Phòng Hành chính - Tổng hợp"),
    ),
    Department(
        "vpdkdd",
        "000.01.06.H99",
        "nnmt",
        "Văn phòng Đăng ký đất đai",
        "vpdkdd",
        "Phó Giám đốc",
        "Ban Giám đốc",
        ("Phòng Đăng ký và cấp giấy chứng nhận", "Phòng Kỹ thuật địa chính"),
    ),
    Department(
        "kiemlam",
        "000.02.06.H99",
        "nnmt",
        "Chi cục Kiểm lâm",
        "kiemlam",
        "Phó Chi cục trưởng",
        "Lãnh đạo Chi cục",
        ("Phòng Quản lý bảo vệ rừng", "Phòng Sử dụng và phát triển rừng"),
    ),
    Department(
        "cnty",
        "000.03.06.H99",
        "nnmt",
        "Chi cục Chăn nuôi và Thú y",
        "cnty",
        "Phó Chi cục trưởng",
        "Lãnh đạo Chi cục",
        ("Phòng Chăn nuôi", "Phòng Dịch tễ thú y"),
    ),
)


class FieldSpec(NamedTuple):
    code: str  # MALINHVUC
    name: str  # TENLINHVUC
    agency: str  # key of the department that handles its provincial procedures
    profile: str  # time limits f(ast)/n(ormal)/s(low) + fees 0 (mostly free)/l/m/h(igh)
    who: str  # applicants: c citizen, n foreigner, v overseas Vietnamese, d enterprise,
    # h cooperative, t organisation, q state agency, b civil servant
    laws: tuple[tuple[str, str], ...]
    items: tuple[str, ...]
    docs: tuple[str, ...] = ()


def _field(
    head: str, laws: tuple[str, ...], items: tuple[str, ...], docs: tuple[str, ...] = ()
) -> FieldSpec:
    """``head`` is "code|name|agency|profile|who"; each law is "number|title"."""
    code, name, agency, profile, who = head.split("|")
    pairs = tuple((law.split("|")[0], law.split("|")[1]) for law in laws)
    return FieldSpec(code, name, agency, profile, who, pairs, items, docs)


def _each(prefix: str, head: str, tails: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{prefix}:{head}{tail}" for tail in tails)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _list(text: str) -> tuple[str, ...]:
    """Items separated by semicolons (names may contain commas)."""
    return tuple(item.strip() for item in text.split(";"))


_SPORTS = _list(
    "Bơi, Lặn; Võ cổ truyền, Vovinam; Thể dục thẩm mỹ; Quần vợt; Bóng đá; Yoga; Khiêu vũ thể "
    "thao; Leo núi thể thao; Dù lượn và Diều bay; Patin; Bóng bàn; Cầu lông; Golf; Karate; "
    "Taekwondo; Billiards & Snooker; Judo; Quyền anh; Bắn súng thể thao; Lân Sư Rồng; Thể dục thể "
    "hình và Fitness; Wushu; Pencak Silat; Mô tô nước trên biển; Lặn biển thể thao giải trí; Đấu "
    "kiếm thể thao; Bóng ném; Bóng chuyền; Bóng rổ; Vũ đạo thể thao giải trí; Kickboxing; Muay; "
    "Xe đạp thể thao; Pickleball; Jujitsu; Sambo; Cờ vua; Thể thao giải trí mạo hiểm"
)
_ENTERPRISES = _list(
    "doanh nghiệp tư nhân; công ty trách nhiệm hữu hạn một thành viên; công ty trách nhiệm hữu "
    "hạn hai thành viên trở lên; công ty cổ phần; công ty hợp danh"
)
_PRACTICE = _list(
    "bác sỹ; bác sỹ y học dự phòng; y sỹ; điều dưỡng; hộ sinh; kỹ thuật y; dinh dưỡng lâm sàng; "
    "cấp cứu viên ngoại viện; tâm lý lâm sàng; lương y; kỹ thuật y chuyên ngành xét nghiệm y học; "
    "kỹ thuật y chuyên ngành hình ảnh y học; kỹ thuật y chuyên ngành phục hồi chức năng; kỹ thuật "
    "y chuyên ngành khúc xạ nhãn khoa; kỹ thuật y chuyên ngành phục hình răng"
)
_CLINICS = _list(
    "phòng khám đa khoa; phòng khám chuyên khoa nội; phòng khám chuyên khoa ngoại; phòng khám "
    "chuyên khoa nhi; phòng khám chuyên khoa phụ sản; phòng khám chuyên khoa mắt; phòng khám "
    "chuyên khoa tai mũi họng; phòng khám chuyên khoa răng hàm mặt; phòng khám chuyên khoa da "
    "liễu; phòng khám chuyên khoa phục hồi chức năng; phòng khám chuyên khoa tâm thần; phòng khám "
    "chuyên khoa ung bướu; phòng khám chuyên khoa dinh dưỡng; phòng khám chuyên khoa thẩm mỹ; nhà "
    "hộ sinh; cơ sở dịch vụ tiêm, chích, thay băng, đếm mạch, đo nhiệt độ, đo huyết áp; cơ sở "
    "dịch vụ kính thuốc; cơ sở dịch vụ làm răng giả; bệnh viện đa khoa; bệnh viện chuyên khoa; "
    "phòng khám y học cổ truyền; phòng chẩn trị y học cổ truyền; phòng khám bác sỹ gia đình; cơ "
    "sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh; cơ sở xét nghiệm; cơ sở chẩn đoán hình "
    "ảnh; cơ sở dịch vụ điều dưỡng; cơ sở dịch vụ thẩm mỹ; cơ sở dịch vụ chăm sóc sức khỏe tại "
    "nhà; trạm y tế cấp xã; trung tâm y tế; cơ sở khám bệnh, chữa bệnh nhân đạo; cơ sở y tế của "
    "cơ quan, đơn vị, tổ chức"
)
_BUILD_AREAS = _list(
    "khảo sát xây dựng; thiết kế xây dựng; giám sát thi công xây dựng; định giá xây dựng; quản lý "
    "dự án đầu tư xây dựng; kiểm định xây dựng"
)
_LICENCE_CLASSES = _words("A1 A B1 B C1 C D1 D2 D BE C1E CE D1E D2E DE")
_PLANS = _list(
    "quy hoạch phân khu; quy hoạch chi tiết; quy hoạch chung xã; quy hoạch chung đô thị; quy "
    "hoạch chung khu chức năng; quy hoạch phân khu khu chức năng; quy hoạch chi tiết khu chức "
    "năng"
)

FIELDS: tuple[FieldSpec, ...] = (
    _field(
        "HTICH|Hộ tịch|tuphap|fl|cnv",
        (
            "60/2014/QH13|Luật Hộ tịch",
            (
                "123/2015/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành "
                "Luật Hộ tịch"
            ),
            "04/2020/TT-BTP|Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch",
        ),
        (
            "Ax:Đăng ký kết hôn|Giấy chứng nhận kết hôn",
            "Ax:Đăng ký nhận cha, mẹ, con|Trích lục đăng ký nhận cha, mẹ, con",
            "Ax:Đăng ký khai sinh kết hợp nhận cha, mẹ, con|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký khai tử|Trích lục khai tử",
            "Ax:Đăng ký khai sinh cho trẻ em bị bỏ rơi|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký khai sinh cho trẻ em chưa xác định được cha, mẹ|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký khai sinh cho trẻ em sinh ra do mang thai hộ|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký kết hôn của công dân Việt Nam cư trú ở khu vực biên giới với công dân nước "
            "láng giềng|Giấy chứng nhận kết hôn",
            "Ax:Đăng ký khai sinh lưu động|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký kết hôn lưu động|Giấy chứng nhận kết hôn",
            "Ax:Đăng ký khai tử lưu động|Trích lục khai tử",
            "Ax:Đăng ký giám hộ|Trích lục đăng ký giám hộ",
            "Ax:Đăng ký chấm dứt giám hộ|Trích lục đăng ký chấm dứt giám hộ",
            "Ax:Đăng ký giám sát việc giám hộ|Trích lục đăng ký giám sát việc giám hộ",
            "Ax:Đăng ký chấm dứt giám sát việc giám hộ|Trích lục đăng ký chấm dứt giám sát việc "
            "giám hộ",
            "Ax:Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch|Trích lục thay đổi, cải "
            "chính, bổ sung thông tin hộ tịch",
            "Ax:Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc|"
            "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch",
            "Ax:Đăng ký lại khai sinh|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân|Giấy khai sinh (bản "
            "chính)",
            "Ax:Đăng ký lại kết hôn|Giấy chứng nhận kết hôn",
            "Ax:Đăng ký lại khai tử|Trích lục khai tử",
            "Ax:Cấp Giấy xác nhận tình trạng hôn nhân|Giấy xác nhận tình trạng hôn nhân",
            "Ax:Cấp bản sao trích lục hộ tịch|Bản sao trích lục hộ tịch",
            "Ax:Đăng ký khai sinh có yếu tố nước ngoài|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký kết hôn có yếu tố nước ngoài|Giấy chứng nhận kết hôn",
            "Ax:Đăng ký khai tử có yếu tố nước ngoài|Trích lục khai tử",
            "Ax:Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài|Trích lục đăng ký nhận cha, mẹ, con",
            "Ax:Đăng ký giám hộ có yếu tố nước ngoài|Trích lục đăng ký giám hộ",
            "Ax:Đăng ký lại khai sinh có yếu tố nước ngoài|Giấy khai sinh (bản chính)",
            "Ax:Đăng ký lại kết hôn có yếu tố nước ngoài|Giấy chứng nhận kết hôn",
            "Ax:Đăng ký lại khai tử có yếu tố nước ngoài|Trích lục khai tử",
            "Ax:Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ "
            "quan có thẩm quyền của nước ngoài|Trích lục ghi chú kết hôn",
            "Ax:Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được "
            "giải quyết tại cơ quan có thẩm quyền của nước ngoài|Trích lục ghi chú ly hôn",
            "Ax:Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại "
            "cơ quan có thẩm quyền của nước ngoài|Trích lục ghi chú hộ tịch",
            "Ax:Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ "
            "bảo hiểm y tế cho trẻ em dưới 6 tuổi|Giấy khai sinh, thẻ bảo hiểm y tế của trẻ em",
            "Ax:Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng "
            "chế độ tử tuất, hỗ trợ chi phí mai táng|Trích lục khai tử",
            "At:Cấp bản sao trích lục hộ tịch từ Sổ hộ tịch lưu tại Sở Tư pháp|Bản sao trích lục "
            "hộ tịch",
            "At:Cung cấp thông tin hộ tịch từ Cơ sở dữ liệu hộ tịch điện tử|Văn bản cung cấp thông "
            "tin hộ tịch",
        ),
        (
            "Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh",
            "Giấy tờ chứng minh quan hệ cha, mẹ, con",
            "Giấy báo tử hoặc giấy tờ thay thế giấy báo tử",
            "Giấy xác nhận tình trạng hôn nhân",
            "Bản chính giấy tờ hộ tịch đã được cấp trước đây (nếu có)",
            "Văn bản cam đoan về việc chưa đăng ký hộ tịch",
        ),
    ),
    _field(
        "CTHUC|Chứng thực|tuphap|fl|cnvdt",
        (
            (
                "23/2015/NĐ-CP|Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản "
                "chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch"
            ),
            (
                "01/2020/TT-BTP|Thông tư quy định chi tiết và hướng dẫn thi hành một số điều "
                "của Nghị định số 23/2015/NĐ-CP"
            ),
        ),
        (
            "Ax:Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm "
            "quyền của Việt Nam cấp hoặc chứng nhận|Bản sao được chứng thực từ bản chính",
            "At:Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm "
            "quyền của nước ngoài cấp hoặc chứng nhận|Bản sao được chứng thực từ bản chính",
            "Ax:Chứng thực chữ ký trong các giấy tờ, văn bản|Giấy tờ, văn bản được chứng thực "
            "chữ ký",
            "Ax:Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật|Bản dịch "
            "được chứng thực chữ ký người dịch",
            "Ax:Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật|"
            "Bản dịch được chứng thực chữ ký người dịch",
            "Ax:Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản|Hợp đồng, giao "
            "dịch được chứng thực",
            "Ax:Chứng thực hợp đồng, giao dịch liên quan đến thực hiện các quyền của người sử "
            "dụng đất|Hợp đồng, giao dịch được chứng thực",
            "Ax:Chứng thực hợp đồng, giao dịch về nhà ở|Hợp đồng, giao dịch được chứng thực",
            "Ax:Chứng thực di chúc|Di chúc được chứng thực",
            "Ax:Chứng thực văn bản từ chối nhận di sản|Văn bản từ chối nhận di sản được chứng thực",
            "Ax:Chứng thực văn bản thỏa thuận phân chia di sản|Văn bản thỏa thuận phân chia di sản "
            "được chứng thực",
            "Ax:Chứng thực văn bản khai nhận di sản|Văn bản khai nhận di sản được chứng thực",
            "Ax:Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch|Hợp đồng, giao dịch "
            "sửa đổi, bổ sung, hủy bỏ được chứng thực",
            "Ax:Sửa lỗi sai sót trong hợp đồng, giao dịch|Hợp đồng, giao dịch đã được sửa lỗi sai "
            "sót",
            "Ax:Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực|Bản "
            "sao có chứng thực hợp đồng, giao dịch",
            "Ax:Chứng thực hợp đồng ủy quyền|Hợp đồng ủy quyền được chứng thực",
            "Ax:Cấp bản sao từ sổ gốc|Bản sao từ sổ gốc",
            "Ax:Chứng thực chữ ký trong giấy tờ, văn bản bằng tiếng nước ngoài|Giấy tờ, văn bản "
            "được chứng thực chữ ký",
        ),
        (
            "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao",
            "Bản sao cần chứng thực",
            "Dự thảo hợp đồng, giao dịch",
            "Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản",
        ),
    ),
    _field(
        "NCNUOI|Nuôi con nuôi|tuphap|sm|cnv",
        (
            "52/2010/QH12|Luật Nuôi con nuôi",
            (
                "19/2011/NĐ-CP|Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi "
                "con nuôi"
            ),
        ),
        (
            "Ax:Đăng ký nuôi con nuôi trong nước|Giấy chứng nhận nuôi con nuôi",
            "Ax:Đăng ký lại việc nuôi con nuôi trong nước|Giấy chứng nhận nuôi con nuôi",
            "Ax:Đăng ký việc nuôi con nuôi thực tế|Giấy chứng nhận nuôi con nuôi thực tế",
            "At:Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm "
            "con nuôi|Quyết định cho trẻ em Việt Nam làm con nuôi",
            "At:Giải quyết việc người nước ngoài thường trú ở nước ngoài nhận trẻ em Việt Nam "
            "làm con nuôi đích danh|Quyết định cho trẻ em Việt Nam làm con nuôi",
            "At:Đăng ký lại việc nuôi con nuôi có yếu tố nước ngoài|Giấy chứng nhận nuôi con nuôi",
            "At:Ghi chú việc nuôi con nuôi đã được giải quyết tại cơ quan có thẩm quyền của nước "
            "ngoài|Trích lục ghi chú việc nuôi con nuôi",
            "At:Xác nhận công dân Việt Nam thường trú ở khu vực biên giới đủ điều kiện nhận trẻ "
            "em của nước láng giềng làm con nuôi|Văn bản xác nhận",
        ),
        (
            "Giấy khai sinh của người được giới thiệu làm con nuôi",
            "Hai ảnh màu cỡ 4x6 cm của người được giới thiệu làm con nuôi",
            "Phiếu lý lịch tư pháp của người nhận con nuôi",
            "Văn bản xác nhận tình trạng sức khỏe của người nhận con nuôi",
            "Văn bản đồng ý của cha mẹ đẻ hoặc người giám hộ",
        ),
    ),
    _field(
        "QTICH|Quốc tịch|tuphap|sm|cnv",
        (
            "24/2008/QH12|Luật Quốc tịch Việt Nam",
            (
                "16/2020/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành "
                "Luật Quốc tịch Việt Nam"
            ),
        ),
        (
            "At:Nhập quốc tịch Việt Nam|Quyết định cho nhập quốc tịch Việt Nam",
            "At:Trở lại quốc tịch Việt Nam|Quyết định cho trở lại quốc tịch Việt Nam",
            "At:Thôi quốc tịch Việt Nam|Quyết định cho thôi quốc tịch Việt Nam",
            "At:Xác nhận có quốc tịch Việt Nam|Giấy xác nhận có quốc tịch Việt Nam",
            "At:Xác nhận là người gốc Việt Nam|Giấy xác nhận là người gốc Việt Nam",
            "At:Cấp bản sao giấy tờ về quốc tịch|Bản sao giấy tờ về quốc tịch",
        ),
        (
            "Bản khai lý lịch theo mẫu",
            "Phiếu lý lịch tư pháp",
            "Giấy tờ chứng minh trình độ tiếng Việt",
            "Bản sao giấy tờ chứng minh có quốc tịch Việt Nam trước đây",
            "Ảnh chân dung cỡ 4x6 cm",
        ),
    ),
    _field(
        "LLTP|Lý lịch tư pháp|tuphap|nl|cnq",
        (
            "28/2009/QH12|Luật Lý lịch tư pháp",
            (
                "111/2010/NĐ-CP|Nghị định quy định chi tiết và hướng dẫn thi hành một số điều "
                "của Luật Lý lịch tư pháp"
            ),
        ),
        (
            "At:Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú "
            "tại Việt Nam|Phiếu lý lịch tư pháp",
            "At:Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng|Phiếu lý lịch tư pháp",
            "At:Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính "
            "trị - xã hội|Phiếu lý lịch tư pháp",
            "At:Đính chính Phiếu lý lịch tư pháp|Phiếu lý lịch tư pháp đã đính chính",
            "At:Cập nhật thông tin lý lịch tư pháp về án tích|Văn bản trả lời",
        ),
    ),
    _field(
        "CCHUNG|Công chứng|tuphap|nm|cdt",
        (
            "46/2024/QH15|Luật Công chứng",
            (
                "104/2025/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành "
                "Luật Công chứng"
            ),
        ),
        (
            "Rt:hoạt động văn phòng công chứng",
            "At:Thành lập văn phòng công chứng|Quyết định cho phép thành lập văn phòng công chứng",
            "At:Hợp nhất văn phòng công chứng",
            "At:Sáp nhập văn phòng công chứng",
            "At:Chuyển nhượng văn phòng công chứng",
            "At:Chuyển đổi văn phòng công chứng do một công chứng viên thành lập",
            "At:Đăng ký hành nghề và cấp Thẻ công chứng viên|Thẻ công chứng viên",
            "At:Cấp lại Thẻ công chứng viên|Thẻ công chứng viên",
            "At:Xóa đăng ký hành nghề và thu hồi Thẻ công chứng viên",
            "At:Đăng ký tập sự hành nghề công chứng",
            "At:Thay đổi nơi tập sự hành nghề công chứng",
            "At:Chấm dứt tập sự hành nghề công chứng",
            "At:Tạm ngừng hoạt động văn phòng công chứng",
            "At:Chấm dứt hoạt động văn phòng công chứng",
        ),
    ),
    _field(
        "LSU|Luật sư|tuphap|nm|cdt",
        (
            "65/2006/QH11|Luật Luật sư",
            (
                "123/2013/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành "
                "Luật Luật sư"
            ),
        ),
        (
            "Rt:hoạt động của tổ chức hành nghề luật sư",
            "Rt:hoạt động của chi nhánh tổ chức hành nghề luật sư",
            "At:Thay đổi người đại diện theo pháp luật của văn phòng luật sư, công ty luật",
            "At:Đăng ký hành nghề luật sư với tư cách cá nhân",
            "At:Thành lập văn phòng giao dịch của tổ chức hành nghề luật sư",
            "At:Đăng ký hoạt động của chi nhánh, công ty luật nước ngoài",
            "At:Chuyển đổi công ty luật trách nhiệm hữu hạn và công ty luật hợp danh",
            "At:Hợp nhất công ty luật",
            "At:Sáp nhập công ty luật",
            "At:Phê chuẩn kết quả Đại hội luật sư",
        ),
    ),
    _field(
        "DGTS|Đấu giá tài sản|tuphap|nm|cdt",
        (
            "01/2016/QH14|Luật Đấu giá tài sản",
            "37/2024/QH15|Luật sửa đổi, bổ sung một số điều của Luật Đấu giá tài sản",
        ),
        (
            "Rt:hoạt động của doanh nghiệp đấu giá tài sản",
            "Rt:hoạt động của chi nhánh doanh nghiệp đấu giá tài sản",
            "Ct:Thẻ đấu giá viên",
            "At:Phê duyệt đủ điều kiện thực hiện hình thức đấu giá trực tuyến",
            "At:Đăng ký tập sự hành nghề đấu giá",
            "At:Thay đổi nơi tập sự hành nghề đấu giá",
        ),
    ),
    _field(
        "GDTP|Giám định tư pháp|tuphap|nm|cdt",
        ("13/2012/QH13|Luật Giám định tư pháp",),
        (
            "At:Bổ nhiệm giám định viên tư pháp|Quyết định bổ nhiệm giám định viên tư pháp",
            "At:Miễn nhiệm giám định viên tư pháp",
            "Ct:thẻ giám định viên tư pháp",
            "At:Cho phép thành lập Văn phòng giám định tư pháp",
            "Rt:hoạt động Văn phòng giám định tư pháp",
            "At:Thay đổi, bổ sung lĩnh vực giám định của Văn phòng giám định tư pháp",
            "At:Chuyển đổi loại hình Văn phòng giám định tư pháp",
            "At:Chấm dứt hoạt động Văn phòng giám định tư pháp",
        ),
    ),
    _field(
        "TPLAI|Thừa phát lại|tuphap|nm|cdt",
        ("08/2020/NĐ-CP|Nghị định về tổ chức và hoạt động của Thừa phát lại",),
        (
            "At:Thành lập Văn phòng Thừa phát lại",
            "Rt:hoạt động Văn phòng Thừa phát lại",
            "At:Đăng ký hành nghề và cấp Thẻ Thừa phát lại|Thẻ Thừa phát lại",
            "At:Cấp lại Thẻ Thừa phát lại|Thẻ Thừa phát lại",
            "At:Chuyển nhượng Văn phòng Thừa phát lại",
            "At:Hợp nhất, sáp nhập Văn phòng Thừa phát lại",
            "At:Đăng ký tập sự hành nghề Thừa phát lại",
        ),
    ),
    _field(
        "QTVIEN|Quản tài viên|tuphap|nm|cd",
        (
            (
                "22/2015/NĐ-CP|Nghị định quy định chi tiết thi hành Luật Phá sản về Quản tài "
                "viên và hành nghề quản lý, thanh lý tài sản"
            ),
        ),
        (
            "At:Đăng ký hành nghề quản lý, thanh lý tài sản với tư cách cá nhân",
            "At:Đăng ký hành nghề quản lý, thanh lý tài sản đối với doanh nghiệp quản lý, thanh lý "
            "tài sản",
            "At:Thay đổi thông tin đăng ký hành nghề của Quản tài viên",
            "At:Thay đổi thành viên hợp danh của công ty hợp danh quản lý, thanh lý tài sản",
        ),
    ),
    _field(
        "TRTAI|Trọng tài thương mại, hòa giải thương mại|tuphap|nm|dt",
        (
            "54/2010/QH12|Luật Trọng tài thương mại",
            "22/2017/NĐ-CP|Nghị định về hòa giải thương mại",
        ),
        (
            "Rt:hoạt động của Trung tâm trọng tài",
            "Rt:hoạt động của chi nhánh Trung tâm trọng tài",
            "Rt:hoạt động của Trung tâm hòa giải thương mại",
            "At:Đăng ký hòa giải viên thương mại vụ việc",
            "At:Chấm dứt hoạt động của Trung tâm trọng tài",
        ),
    ),
    _field(
        "TGPL|Trợ giúp pháp lý|tgpl|n0|cnt",
        ("11/2017/QH14|Luật Trợ giúp pháp lý",),
        (
            "At:Yêu cầu trợ giúp pháp lý|Văn bản thông báo thụ lý yêu cầu trợ giúp pháp lý",
            "At:Thay đổi người thực hiện trợ giúp pháp lý",
            "At:Giải quyết khiếu nại về trợ giúp pháp lý",
            "At:Lựa chọn, ký hợp đồng với luật sư thực hiện trợ giúp pháp lý",
            "At:Lựa chọn, ký hợp đồng với tổ chức hành nghề luật sư, tổ chức tư vấn pháp luật",
            "At:Đăng ký tham gia trợ giúp pháp lý của tổ chức hành nghề luật sư",
            "At:Chấm dứt tham gia trợ giúp pháp lý",
            "Ct:thẻ cộng tác viên trợ giúp pháp lý",
        ),
    ),
    _field(
        "BTNN|Bồi thường nhà nước|tuphap|s0|cdt",
        ("10/2017/QH14|Luật Trách nhiệm bồi thường của Nhà nước",),
        (
            "At:Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công "
            "vụ gây thiệt hại|Quyết định giải quyết bồi thường",
            "At:Giải quyết yêu cầu bồi thường tại cơ quan giải quyết bồi thường|Quyết định giải "
            "quyết bồi thường",
            "Ax:Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công "
            "vụ gây thiệt hại cấp xã|Quyết định giải quyết bồi thường",
            "At:Phục hồi danh dự|Văn bản xin lỗi, cải chính công khai",
            "At:Xác định cơ quan giải quyết bồi thường|Văn bản xác định cơ quan giải quyết bồi "
            "thường",
            "At:Trả lại tài sản",
            "At:Chi trả tiền bồi thường",
        ),
    ),
    _field(
        "PBGD|Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở|tuphap|f0|c",
        (
            "35/2013/QH13|Luật Hòa giải ở cơ sở",
            "14/2012/QH13|Luật Phổ biến, giáo dục pháp luật",
        ),
        (
            "Ax:Công nhận hòa giải viên|Quyết định công nhận hòa giải viên",
            "Ax:Công nhận tổ trưởng tổ hòa giải",
            "Ax:Thôi làm hòa giải viên",
            "Ax:Thanh toán thù lao cho hòa giải viên",
            "Ax:Thực hiện hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro ảnh hưởng đến sức "
            "khỏe, tính mạng trong khi thực hiện hoạt động hòa giải",
            "Ax:Công nhận tuyên truyền viên pháp luật",
            "Ax:Cho thôi làm tuyên truyền viên pháp luật",
            "At:Công nhận báo cáo viên pháp luật",
            "At:Miễn nhiệm báo cáo viên pháp luật",
        ),
    ),
    _field(
        "DDAI|Đất đai|vpdkdd|sm|cnvdht",
        (
            "31/2024/QH15|Luật Đất đai",
            (
                "101/2024/NĐ-CP|Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy "
                "chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"
            ),
            "102/2024/NĐ-CP|Nghị định quy định chi tiết một số điều của Luật Đất đai",
        ),
        (
            "At:Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng "
            "đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức|Giấy chứng nhận "
            "quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "Ax:Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng "
            "đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân|"
            "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "At:Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do "
            "chuyển nhượng, tặng cho, thừa kế|Giấy chứng nhận quyền sử dụng đất, quyền sở hữu "
            "tài sản gắn liền với đất",
            "At:Đăng ký biến động do đổi tên, thay đổi thông tin về người sử dụng đất|Giấy chứng "
            "nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "At:Đăng ký biến động do tách thửa, hợp thửa đất|Giấy chứng nhận quyền sử dụng đất, "
            "quyền sở hữu tài sản gắn liền với đất",
            "At:Đăng ký biến động do thay đổi diện tích thửa đất do sạt lở tự nhiên|Giấy chứng "
            "nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "At:Đăng ký biến động do thay đổi kết quả đo đạc|Giấy chứng nhận quyền sử dụng đất, "
            "quyền sở hữu tài sản gắn liền với đất",
            "At:Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "At:Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
            "do bị mất",
            "At:Đính chính Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với "
            "đất đã cấp|Giấy chứng nhận đã đính chính",
            "At:Thu hồi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất "
            "đã cấp không đúng quy định",
            "At:Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất|Văn bản chứng nhận "
            "đăng ký thế chấp",
            "At:Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất|Văn bản chứng "
            "nhận xóa đăng ký thế chấp",
            "At:Đăng ký thay đổi nội dung biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn "
            "liền với đất|Văn bản chứng nhận đăng ký thay đổi",
            "At:Cung cấp thông tin, dữ liệu đất đai|Văn bản cung cấp thông tin, dữ liệu đất đai",
            "At:Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề",
            "At:Gia hạn sử dụng đất khi hết thời hạn sử dụng đất",
            "Ax:Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết hạn "
            "sử dụng đất|Giấy chứng nhận đã xác nhận tiếp tục sử dụng đất",
            "At:Giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu dự án|"
            "Quyết định giao đất, cho thuê đất",
            "At:Giao đất, cho thuê đất thông qua đấu giá quyền sử dụng đất|Quyết định giao đất, "
            "cho thuê đất",
            "At:Chuyển mục đích sử dụng đất đối với tổ chức|Quyết định cho phép chuyển mục đích "
            "sử dụng đất",
            "Ax:Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân|Quyết định cho phép "
            "chuyển mục đích sử dụng đất",
            "At:Điều chỉnh quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất",
            "At:Chuyển hình thức giao đất, cho thuê đất",
            "At:Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất",
            "At:Bán tài sản gắn liền với đất thuê của Nhà nước trả tiền thuê đất hằng năm",
            "At:Đăng ký biến động do góp vốn bằng quyền sử dụng đất, tài sản gắn liền với đất|Giấy "
            "chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "At:Đăng ký biến động do thay đổi hạn chế về quyền, nghĩa vụ của người sử dụng đất",
            "At:Đăng ký chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm "
            "quyền",
            "At:Đăng ký biến động do xử lý nợ hợp đồng thế chấp quyền sử dụng đất",
            "At:Đăng ký biến động do thỏa thuận hợp nhất hoặc phân chia quyền sử dụng đất của "
            "nhóm người sử dụng đất",
            "At:Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất cho người nhận chuyển nhượng quyền "
            "sử dụng đất, mua nhà ở, công trình xây dựng trong dự án bất động sản|Giấy chứng nhận "
            "quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "At:Cho phép chuyển mục đích sử dụng đất trồng lúa để thực hiện dự án đầu tư",
            "At:Gia hạn sử dụng đất trong khu công nghệ cao, khu kinh tế",
            "At:Xác định lại diện tích đất ở cho hộ gia đình, cá nhân đã được cấp Giấy chứng nhận",
            "At:Cung cấp bản sao hồ sơ địa chính|Bản sao hồ sơ địa chính",
            "At:Đăng ký biến động do chuyển từ hình thức thuê đất trả tiền hằng năm sang thuê đất "
            "trả tiền một lần",
            "Ax:Hòa giải tranh chấp đất đai|Biên bản hòa giải tranh chấp đất đai",
            "Ax:Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp "
            "xã|Quyết định giải quyết tranh chấp đất đai",
            "Ax:Giao đất, cho thuê đất đối với hộ gia đình, cá nhân|Quyết định giao đất, cho thuê "
            "đất",
            "Ax:Thu hồi đất ở trong khu vực bị ô nhiễm môi trường có nguy cơ đe dọa tính mạng con "
            "người",
            "Ax:Đăng ký biến động quyền sử dụng đất do chuyển đổi quyền sử dụng đất nông nghiệp "
            "để thực hiện dồn điền, đổi thửa|Giấy chứng nhận quyền sử dụng đất",
        ),
        (
            "Giấy chứng nhận quyền sử dụng đất đã cấp (bản gốc)",
            "Hợp đồng, văn bản về chuyển quyền sử dụng đất",
            "Mảnh trích đo bản đồ địa chính thửa đất",
            "Chứng từ thực hiện nghĩa vụ tài chính",
            "Sơ đồ nhà ở, công trình xây dựng",
            "Giấy tờ về quyền sử dụng đất",
        ),
    ),
    _field(
        "TNNUOC|Tài nguyên nước|nnmt|sh|cdht",
        (
            "28/2023/QH15|Luật Tài nguyên nước",
            (
                "54/2024/NĐ-CP|Nghị định quy định việc hành nghề khoan nước dưới đất, kê khai, "
                "đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền khai thác tài nguyên "
                "nước"
            ),
        ),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "thăm dò nước dưới đất",
                    "khai thác nước dưới đất",
                    "khai thác nước mặt",
                    "khai thác nước biển",
                    "hành nghề khoan nước dưới đất quy mô vừa và nhỏ",
                ),
            ),
            "At:Phê duyệt tiền cấp quyền khai thác tài nguyên nước",
            "At:Điều chỉnh tiền cấp quyền khai thác tài nguyên nước",
            "At:Lấy ý kiến đối với dự án đầu tư có chuyển nước từ nguồn nước nội tỉnh",
            "At:Phê duyệt phương án cắm mốc giới hành lang bảo vệ nguồn nước",
            "At:Trả lại giấy phép tài nguyên nước",
            "Ax:Đăng ký khai thác nước dưới đất|Tờ khai đăng ký khai thác nước dưới đất đã xác "
            "nhận",
            "Ax:Kê khai khai thác, sử dụng nước mặt, nước biển|Tờ khai đã được xác nhận",
        ),
        (
            "Sơ đồ khu vực và vị trí công trình khai thác nước",
            "Báo cáo kết quả thăm dò đánh giá trữ lượng nước",
            "Kết quả phân tích chất lượng nguồn nước",
            "Đề án khai thác, sử dụng nước",
        ),
    ),
    _field(
        "MTRUONG|Môi trường|nnmt|sh|dht",
        (
            "72/2020/QH14|Luật Bảo vệ môi trường",
            "08/2022/NĐ-CP|Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường",
            "05/2025/NĐ-CP|Nghị định sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP",
        ),
        (
            "At:Cấp giấy phép môi trường|Giấy phép môi trường",
            "At:Cấp đổi giấy phép môi trường|Giấy phép môi trường",
            "At:Cấp điều chỉnh giấy phép môi trường|Giấy phép môi trường",
            "At:Cấp lại giấy phép môi trường|Giấy phép môi trường",
            "At:Thẩm định báo cáo đánh giá tác động môi trường|Quyết định phê duyệt kết quả thẩm "
            "định báo cáo đánh giá tác động môi trường",
            "At:Thẩm định phương án cải tạo, phục hồi môi trường trong hoạt động khai thác khoáng "
            "sản",
            "At:Xác nhận hoàn thành phương án cải tạo, phục hồi môi trường",
            "At:Chấp thuận tách đấu nối khỏi hệ thống xử lý nước thải tập trung",
            "At:Phê duyệt kế hoạch ứng phó sự cố môi trường",
            "At:Công nhận khu sản xuất, kinh doanh, dịch vụ tập trung đáp ứng yêu cầu bảo vệ môi "
            "trường",
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "xử lý chất thải nguy hại",
                    "nhận chìm ở biển",
                    "khai thác, sử dụng tài nguyên hải đảo",
                ),
            ),
            "Ax:Đăng ký môi trường|Văn bản tiếp nhận đăng ký môi trường",
            "Ax:Tham vấn trong đánh giá tác động môi trường",
        ),
        (
            "Báo cáo đề xuất cấp giấy phép môi trường",
            "Báo cáo đánh giá tác động môi trường",
            "Bản sao báo cáo nghiên cứu khả thi của dự án đầu tư",
            "Kết quả quan trắc môi trường",
        ),
    ),
    _field(
        "KSAN|Địa chất và khoáng sản|nnmt|sh|dh",
        ("54/2024/QH15|Luật Địa chất và khoáng sản",),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "thăm dò khoáng sản",
                    "khai thác khoáng sản",
                    "khai thác tận thu khoáng sản",
                    "khai thác khoáng sản nhóm IV",
                    "khai thác khoáng sản làm vật liệu xây dựng thông thường",
                ),
            ),
            "At:Phê duyệt trữ lượng khoáng sản|Quyết định phê duyệt trữ lượng khoáng sản",
            "At:Trả lại giấy phép thăm dò khoáng sản",
            "At:Trả lại giấy phép khai thác khoáng sản",
            "At:Chuyển nhượng quyền thăm dò khoáng sản",
            "At:Chuyển nhượng quyền khai thác khoáng sản",
            "At:Đóng cửa mỏ khoáng sản|Quyết định đóng cửa mỏ khoáng sản",
            "At:Tính tiền cấp quyền khai thác khoáng sản",
            "At:Đăng ký thu hồi khoáng sản trong diện tích dự án đầu tư xây dựng công trình",
        ),
        (
            "Bản đồ khu vực thăm dò, khai thác khoáng sản",
            "Đề án thăm dò khoáng sản",
            "Báo cáo kết quả thăm dò khoáng sản",
            "Dự án đầu tư khai thác khoáng sản",
        ),
    ),
    _field(
        "TTBVTV|Trồng trọt và bảo vệ thực vật|nnmt|nm|cdh",
        (
            "31/2018/QH14|Luật Trồng trọt",
            "41/2013/QH13|Luật Bảo vệ và kiểm dịch thực vật",
        ),
        (
            *_each(
                "Ct",
                "giấy chứng nhận đủ điều kiện ",
                (
                    "buôn bán phân bón",
                    "sản xuất phân bón",
                    "buôn bán thuốc bảo vệ thực vật",
                ),
            ),
            "Ct:giấy chứng nhận kiểm dịch thực vật vận chuyển nội địa",
            "At:Công nhận cây đầu dòng, vườn cây đầu dòng",
            "At:Công nhận lại cây đầu dòng, vườn cây đầu dòng",
            "At:Cấp mã số vùng trồng|Văn bản cấp mã số vùng trồng",
            "At:Cấp giấy xác nhận nội dung quảng cáo phân bón",
            "Ct:giấy chứng nhận đủ điều kiện sản xuất, buôn bán giống cây trồng",
            "Lt:giấy phép vận chuyển thuốc bảo vệ thực vật",
            "At:Cấp giấy xác nhận nội dung quảng cáo thuốc bảo vệ thực vật",
            "At:Tiếp nhận bản công bố hợp quy giống cây trồng",
            "Ax:Đăng ký chuyển đổi cơ cấu cây trồng trên đất trồng lúa|Văn bản chấp thuận chuyển "
            "đổi cơ cấu cây trồng",
        ),
    ),
    _field(
        "CNTY|Chăn nuôi và thú y|cnty|nm|cdh",
        ("32/2018/QH14|Luật Chăn nuôi", "79/2015/QH13|Luật Thú y"),
        (
            *_each(
                "Ct",
                "giấy chứng nhận ",
                (
                    "đủ điều kiện chăn nuôi trang trại quy mô lớn",
                    "đủ điều kiện sản xuất thức ăn chăn nuôi",
                    "đủ điều kiện vệ sinh thú y",
                    "cơ sở an toàn dịch bệnh động vật",
                    "vùng an toàn dịch bệnh động vật",
                    "đủ điều kiện buôn bán thuốc thú y",
                    "đủ điều kiện sản xuất giống vật nuôi",
                ),
            ),
            "Ct:chứng chỉ hành nghề thú y",
            "At:Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi "
            "địa bàn cấp tỉnh",
            "At:Cấp giấy xác nhận nội dung quảng cáo thuốc thú y",
            "At:Đăng ký kiểm dịch động vật, sản phẩm động vật vận chuyển",
            "Ax:Kê khai hoạt động chăn nuôi|Văn bản xác nhận kê khai hoạt động chăn nuôi",
            "Ax:Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do dịch bệnh động vật",
        ),
    ),
    _field(
        "LNGHIEP|Lâm nghiệp|kiemlam|nm|cdht",
        (
            "16/2017/QH14|Luật Lâm nghiệp",
            "156/2018/NĐ-CP|Nghị định quy định chi tiết thi hành một số điều của Luật Lâm nghiệp",
        ),
        (
            "At:Phê duyệt phương án quản lý rừng bền vững của chủ rừng là tổ chức",
            "At:Chuyển loại rừng đối với khu rừng do Ủy ban nhân dân cấp tỉnh quyết định thành lập",
            "At:Phê duyệt phương án trồng rừng thay thế",
            "At:Nộp tiền trồng rừng thay thế về Quỹ Bảo vệ và Phát triển rừng",
            "At:Thẩm định, phê duyệt hồ sơ thiết kế, dự toán công trình lâm sinh",
            "At:Cấp mã số cơ sở nuôi, trồng các loài động vật, thực vật hoang dã nguy cấp",
            "At:Xác nhận nguồn gốc lâm sản",
            "At:Phê duyệt phương án khai thác thực vật rừng thông thường của chủ rừng là tổ chức",
            "At:Cấp giấy phép xuất khẩu mẫu vật loài thuộc Phụ lục CITES",
            "At:Thu hồi rừng đối với chủ rừng tự nguyện trả lại rừng",
            "At:Cho thuê rừng đối với tổ chức",
            "At:Điều chỉnh thiết kế, dự toán công trình lâm sinh",
            "At:Phê duyệt đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng",
            "Ax:Phê duyệt phương án khai thác thực vật rừng thông thường thuộc sở hữu của hộ gia "
            "đình, cá nhân",
            "Ax:Xác nhận bảng kê lâm sản|Bảng kê lâm sản đã xác nhận",
            "Ax:Giao rừng, cho thuê rừng đối với hộ gia đình, cá nhân",
            "Ax:Đăng ký mã số cơ sở nuôi động vật rừng thông thường",
            "Ax:Hỗ trợ đầu tư trồng rừng sản xuất",
        ),
    ),
    _field(
        "TSAN|Thủy sản|nnmt|nm|cdh",
        (
            "18/2017/QH14|Luật Thủy sản",
            (
                "26/2019/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành "
                "Luật Thủy sản"
            ),
        ),
        (
            *_each(
                "Ct",
                "giấy chứng nhận ",
                (
                    "cơ sở đủ điều kiện nuôi trồng thủy sản",
                    "cơ sở đủ điều kiện sản xuất, ương dưỡng giống thủy sản",
                    "đăng ký tàu cá",
                    "an toàn kỹ thuật tàu cá",
                    "đủ điều kiện sản xuất, buôn bán thức ăn thủy sản",
                    "đủ điều kiện sản xuất sản phẩm xử lý môi trường nuôi trồng thủy sản",
                ),
            ),
            "Lt:giấy phép khai thác loài thủy sản nguy cấp, quý, hiếm",
            "Lt:giấy phép khai thác thủy sản",
            "At:Cấp giấy chứng nhận thủy sản khai thác",
            "At:Xóa đăng ký tàu cá",
            "At:Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá",
            "At:Công bố mở cảng cá loại 2",
            "At:Giao khu vực biển để nuôi trồng thủy sản cho tổ chức",
            "Ax:Xác nhận đăng ký nuôi trồng thủy sản lồng bè|Giấy xác nhận đăng ký nuôi trồng "
            "thủy sản",
            "Ax:Hỗ trợ ngư dân khắc phục rủi ro do thiên tai trên biển",
        ),
    ),
    _field(
        "TLOI|Thủy lợi, phòng chống thiên tai|nnmt|nm|cdht",
        ("08/2017/QH14|Luật Thủy lợi", "33/2013/QH13|Luật Phòng, chống thiên tai"),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "xả nước thải vào công trình thủy lợi",
                    "trồng cây lâu năm trong phạm vi bảo vệ công trình thủy lợi",
                    "nổ mìn và các hoạt động gây nổ khác trong phạm vi bảo vệ công trình thủy lợi",
                    "hoạt động du lịch, thể thao, kinh doanh dịch vụ trong phạm vi bảo vệ công "
                    "trình "
                    "thủy lợi",
                    "cho phương tiện cơ giới đi trong phạm vi bảo vệ công trình thủy lợi",
                ),
            ),
            "At:Phê duyệt quy trình vận hành hồ chứa nước",
            "At:Phê duyệt phương án bảo vệ đập, hồ chứa nước",
            "Lt:giấy phép xây dựng công trình mới trong phạm vi bảo vệ công trình thủy lợi",
            "At:Phê duyệt phương án ứng phó với tình huống khẩn cấp hồ chứa nước",
            "Ax:Hỗ trợ khôi phục sản xuất nông nghiệp vùng bị thiệt hại do thiên tai",
        ),
    ),
    _field(
        "PTNT|Phát triển nông thôn|nnmt|n0|cdht",
        (
            (
                "98/2018/NĐ-CP|Nghị định về chính sách khuyến khích phát triển hợp tác, liên kết "
                "trong sản xuất và tiêu thụ sản phẩm nông nghiệp"
            ),
        ),
        (
            "At:Công nhận và cấp giấy chứng nhận sản phẩm OCOP|Giấy chứng nhận sản phẩm OCOP",
            "At:Công nhận làng nghề, làng nghề truyền thống",
            "At:Công nhận nghề truyền thống",
            "At:Hỗ trợ dự án liên kết sản xuất gắn với tiêu thụ sản phẩm nông nghiệp",
            "At:Công nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao",
            *_each(
                "Qt",
                "",
                (
                    "xã đạt chuẩn nông thôn mới",
                    "xã đạt chuẩn nông thôn mới nâng cao",
                    "xã đạt chuẩn nông thôn mới kiểu mẫu",
                    "thôn đạt chuẩn nông thôn mới kiểu mẫu",
                ),
            ),
            "Ax:Phê duyệt kế hoạch liên kết sản xuất gắn với tiêu thụ sản phẩm nông nghiệp",
        ),
    ),
    _field(
        "XDUNG|Hoạt động xây dựng|xaydung|sm|cdht",
        (
            "50/2014/QH13|Luật Xây dựng",
            "62/2020/QH14|Luật sửa đổi, bổ sung một số điều của Luật Xây dựng",
            (
                "175/2024/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành "
                "Luật Xây dựng về quản lý hoạt động xây dựng"
            ),
        ),
        (
            *_each(
                "Lt",
                "giấy phép xây dựng mới đối với ",
                (
                    "công trình không theo tuyến",
                    "công trình theo tuyến",
                    "công trình tín ngưỡng, tôn giáo",
                    "công trình tượng đài, tranh hoành tráng",
                    "công trình quảng cáo",
                ),
            ),
            "Lt:giấy phép sửa chữa, cải tạo công trình",
            "Lt:giấy phép di dời công trình",
            "Lt:giấy phép xây dựng có thời hạn đối với công trình",
            "Lt:giấy phép xây dựng theo giai đoạn cho công trình không theo tuyến",
            "Lt:giấy phép xây dựng theo giai đoạn cho công trình theo tuyến",
            "Lt:giấy phép xây dựng cho dự án",
            "Lx:giấy phép xây dựng nhà ở riêng lẻ",
            "Lx:giấy phép sửa chữa, cải tạo nhà ở riêng lẻ",
            "Lx:giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ",
            "Lx:giấy phép di dời nhà ở riêng lẻ",
            *(f"Ct:chứng chỉ hành nghề {area} hạng II, hạng III" for area in _BUILD_AREAS),
            *(f"Ct:chứng chỉ năng lực {area} hạng II, hạng III" for area in _BUILD_AREAS),
            "Lt:giấy phép hoạt động xây dựng cho nhà thầu nước ngoài",
            "At:Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng|Thông báo kết quả thẩm định "
            "báo cáo nghiên cứu khả thi",
            "At:Thẩm định báo cáo nghiên cứu khả thi điều chỉnh đầu tư xây dựng",
            "At:Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở",
            "At:Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở điều chỉnh",
            "At:Kiểm tra công tác nghiệm thu hoàn thành công trình|Thông báo kết quả kiểm tra "
            "công tác nghiệm thu",
            "At:Cho ý kiến về việc kéo dài thời hạn sử dụng của công trình hết thời hạn sử dụng "
            "theo thiết kế",
            "At:Tiếp nhận bản công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng",
            "Ax:Thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng công trình sử dụng vốn ngân "
            "sách cấp xã",
        ),
        (
            "Bản vẽ thiết kế xây dựng",
            "Bản sao giấy tờ chứng minh quyền sử dụng đất",
            "Báo cáo kết quả thẩm định thiết kế xây dựng",
            "Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế",
            "Văn bản chấp thuận về phòng cháy và chữa cháy",
        ),
    ),
    _field(
        "QHXD|Quy hoạch xây dựng, kiến trúc|xaydung|sm|dhtq",
        (
            "47/2024/QH15|Luật Quy hoạch đô thị và nông thôn",
            "40/2019/QH14|Luật Kiến trúc",
        ),
        (
            *(f"Pt:{kind} {plan}" for plan in _PLANS for kind in ("nhiệm vụ", "đồ án")),
            "Pt:quy hoạch tổng mặt bằng dự án đầu tư xây dựng",
            "Lt:chứng chỉ hành nghề kiến trúc",
            "Lt:giấy phép quy hoạch dự án đầu tư xây dựng",
            "At:Cung cấp thông tin về quy hoạch|Văn bản cung cấp thông tin quy hoạch",
            "Ax:Cung cấp thông tin về quy hoạch thuộc thẩm quyền của Ủy ban nhân dân cấp xã|Văn "
            "bản cung cấp thông tin quy hoạch",
            "Ax:Phê duyệt quy hoạch chi tiết điểm dân cư nông thôn",
        ),
    ),
    _field(
        "NHAO|Nhà ở|xaydung|sl|cnvdt",
        (
            "27/2023/QH15|Luật Nhà ở",
            "95/2024/NĐ-CP|Nghị định quy định chi tiết một số điều của Luật Nhà ở",
            (
                "100/2024/NĐ-CP|Nghị định quy định chi tiết một số điều của Luật Nhà ở về phát "
                "triển và quản lý nhà ở xã hội"
            ),
        ),
        (
            "At:Thuê nhà ở công vụ thuộc thẩm quyền quản lý của Ủy ban nhân dân cấp tỉnh",
            "At:Thuê nhà ở xã hội do Nhà nước đầu tư xây dựng",
            "At:Thuê mua nhà ở xã hội do Nhà nước đầu tư xây dựng",
            "At:Bán nhà ở cũ thuộc tài sản công",
            "At:Thuê nhà ở cũ thuộc tài sản công",
            "At:Chấp thuận chủ trương đầu tư dự án xây dựng nhà ở",
            "At:Công nhận chủ đầu tư dự án nhà ở xã hội",
            "At:Thẩm định giá bán, giá thuê mua nhà ở xã hội",
            "At:Gia hạn thời hạn sở hữu nhà ở tại Việt Nam cho cá nhân nước ngoài",
            "At:Cho phép chuyển đổi công năng nhà ở",
            "At:Thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán, cho thuê mua",
            "Ax:Xác nhận đối tượng, điều kiện hưởng chính sách hỗ trợ về nhà ở xã hội|Giấy xác "
            "nhận đối tượng, điều kiện",
            "Ax:Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo",
        ),
    ),
    _field(
        "KDBDS|Kinh doanh bất động sản|xaydung|sm|cdt",
        (
            "29/2023/QH15|Luật Kinh doanh bất động sản",
            (
                "96/2024/NĐ-CP|Nghị định quy định chi tiết một số điều của Luật Kinh doanh bất "
                "động sản"
            ),
        ),
        (
            "Ct:chứng chỉ hành nghề môi giới bất động sản",
            "At:Chuyển nhượng toàn bộ dự án bất động sản|Quyết định cho phép chuyển nhượng",
            "At:Chuyển nhượng một phần dự án bất động sản|Quyết định cho phép chuyển nhượng",
            "At:Đăng ký dự thi sát hạch cấp chứng chỉ hành nghề môi giới bất động sản",
            "At:Thông báo đủ điều kiện đưa bất động sản hình thành trong tương lai vào kinh doanh",
        ),
    ),
    _field(
        "DBO|Đường bộ|xaydung|nm|cdht",
        (
            "35/2024/QH15|Luật Đường bộ",
            "36/2024/QH15|Luật Trật tự, an toàn giao thông đường bộ",
        ),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "kinh doanh vận tải bằng xe ô tô",
                    "thi công công trình trên đường bộ đang khai thác",
                    "lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ",
                    "xe tập lái",
                    "liên vận Việt - Lào",
                    "đào tạo lái xe ô tô",
                    "liên vận Việt Nam - Campuchia",
                    "liên vận Việt - Trung",
                    "vận tải đường bộ quốc tế GMS",
                    "liên vận ASEAN",
                    "lưu hành xe bánh xích",
                    "vận chuyển hàng siêu trường, siêu trọng",
                ),
            ),
            "Ct:phù hiệu xe ô tô kinh doanh vận tải",
            "Ct:giấy chứng nhận giáo viên dạy thực hành lái xe",
            "Ct:giấy chứng nhận đăng ký xe máy chuyên dùng",
            "At:Đăng ký tạm thời xe máy chuyên dùng",
            "At:Xóa sổ đăng ký xe máy chuyên dùng",
            "At:Chấp thuận thiết kế kỹ thuật và phương án tổ chức giao thông của nút giao đấu "
            "nối vào quốc lộ",
            "At:Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng "
            "giao thông đường bộ",
            "At:Đăng ký khai thác tuyến vận tải hành khách cố định bằng xe ô tô",
            "At:Công bố đưa bến xe khách vào khai thác",
            "At:Công bố đưa trạm dừng nghỉ vào khai thác",
            "Ax:Chấp thuận đấu nối đường nhánh vào đường xã",
        ),
    ),
    _field(
        "DTND|Đường thủy nội địa|xaydung|nl|cdht",
        ("23/2004/QH11|Luật Giao thông đường thủy nội địa",),
        (
            "At:Đăng ký phương tiện thủy nội địa lần đầu|Giấy chứng nhận đăng ký phương tiện "
            "thủy nội địa",
            "At:Đăng ký lại phương tiện thủy nội địa|Giấy chứng nhận đăng ký phương tiện thủy "
            "nội địa",
            "At:Xóa giấy chứng nhận đăng ký phương tiện thủy nội địa",
            "At:Công bố hoạt động bến thủy nội địa",
            "At:Công bố lại hoạt động bến thủy nội địa",
            "At:Công bố hoạt động cảng thủy nội địa",
            "At:Thỏa thuận thông số kỹ thuật xây dựng bến thủy nội địa",
            "Ct:giấy chứng nhận khả năng chuyên môn thuyền trưởng, máy trưởng hạng ba",
            "Ax:Đăng ký phương tiện thủy nội địa không có động cơ trọng tải toàn phần dưới 15 "
            "tấn|Giấy chứng nhận đăng ký phương tiện thủy nội địa",
        ),
    ),
    _field(
        "HTKT|Hạ tầng kỹ thuật|xaydung|nl|cdt",
        ("80/2014/NĐ-CP|Nghị định về thoát nước và xử lý nước thải",),
        (
            "Ax:Cấp giấy phép chặt hạ, dịch chuyển cây xanh",
            "Ax:Cấp giấy phép sử dụng tạm thời một phần hè phố",
            "At:Thẩm định phương án giá nước sạch",
            "At:Chấp thuận hướng tuyến công trình ngầm",
            "At:Thỏa thuận đấu nối hệ thống thoát nước",
        ),
    ),
    _field(
        "HKD|Thành lập và hoạt động của hộ kinh doanh, hợp tác xã|taichinh|fl|cdh",
        (
            "17/2023/QH15|Luật Hợp tác xã",
            "168/2025/NĐ-CP|Nghị định về đăng ký doanh nghiệp",
        ),
        (
            "Ax:Đăng ký thành lập hộ kinh doanh|Giấy chứng nhận đăng ký hộ kinh doanh",
            "Ax:Đăng ký thay đổi nội dung đăng ký hộ kinh doanh|Giấy chứng nhận đăng ký hộ kinh "
            "doanh",
            "Ax:Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh "
            "doanh",
            "Ax:Chấm dứt hoạt động hộ kinh doanh",
            "Ax:Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
            "At:Đăng ký thành lập hợp tác xã|Giấy chứng nhận đăng ký hợp tác xã",
            "At:Đăng ký thay đổi nội dung đăng ký hợp tác xã|Giấy chứng nhận đăng ký hợp tác xã",
            "At:Đăng ký thành lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác "
            "xã",
            "At:Thông báo thay đổi nội dung đăng ký hợp tác xã",
            "At:Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hợp tác "
            "xã",
            "At:Giải thể tự nguyện hợp tác xã",
            "At:Cấp lại Giấy chứng nhận đăng ký hợp tác xã",
            "At:Chuyển đổi tổ hợp tác thành hợp tác xã",
            "At:Đăng ký thành lập liên hiệp hợp tác xã|Giấy chứng nhận đăng ký liên hiệp hợp tác "
            "xã",
            "At:Hiệu đính thông tin đăng ký hợp tác xã",
        ),
    ),
    _field(
        "TLDN|Thành lập và hoạt động doanh nghiệp|taichinh|fm|d",
        (
            "59/2020/QH14|Luật Doanh nghiệp",
            "168/2025/NĐ-CP|Nghị định về đăng ký doanh nghiệp",
        ),
        (
            *(
                f"At:Đăng ký thành lập {e}|Giấy chứng nhận đăng ký doanh nghiệp"
                for e in _ENTERPRISES
            ),
            *(f"At:Giải thể {e}" for e in _ENTERPRISES),
            *(
                f"At:Đăng ký thay đổi vốn điều lệ của {e}|Giấy chứng nhận đăng ký doanh nghiệp"
                for e in _ENTERPRISES[1:]
            ),
            "At:Đăng ký thay đổi vốn đầu tư của chủ doanh nghiệp tư nhân",
            "At:Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp",
            "At:Đăng ký đổi tên doanh nghiệp|Giấy chứng nhận đăng ký doanh nghiệp",
            "At:Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, "
            "công ty cổ phần",
            "At:Thông báo thay đổi thông tin của cổ đông sáng lập công ty cổ phần",
            "At:Thông báo thay đổi ngành, nghề kinh doanh",
            "At:Đăng ký hoạt động chi nhánh, văn phòng đại diện|Giấy chứng nhận đăng ký hoạt động "
            "chi nhánh, văn phòng đại diện",
            "At:Thông báo lập địa điểm kinh doanh",
            "At:Tạm ngừng kinh doanh của doanh nghiệp",
            "At:Tiếp tục kinh doanh trước thời hạn đã thông báo",
            "At:Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh",
            "At:Cấp lại Giấy chứng nhận đăng ký doanh nghiệp",
            "At:Hiệu đính thông tin trong Giấy chứng nhận đăng ký doanh nghiệp",
            "At:Chuyển đổi công ty trách nhiệm hữu hạn một thành viên thành công ty cổ phần",
            "At:Chuyển đổi doanh nghiệp tư nhân thành công ty trách nhiệm hữu hạn",
            "At:Chuyển đổi công ty cổ phần thành công ty trách nhiệm hữu hạn một thành viên",
            "At:Chuyển đổi hộ kinh doanh thành doanh nghiệp",
            "At:Đăng ký doanh nghiệp đối với công ty được thành lập trên cơ sở chia, tách, hợp "
            "nhất công ty",
            "At:Sáp nhập công ty",
            "At:Bán doanh nghiệp tư nhân",
            "At:Cung cấp thông tin về nội dung đăng ký doanh nghiệp",
            "At:Đăng ký thay đổi chủ sở hữu công ty trách nhiệm hữu hạn một thành viên",
            "At:Đăng ký thay đổi thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên",
            "At:Thông báo thay đổi thông tin người chủ sở hữu hưởng lợi của doanh nghiệp",
            "At:Đăng ký thay đổi nội dung đăng ký hoạt động chi nhánh, văn phòng đại diện, địa "
            "điểm kinh doanh",
            "At:Thông báo cập nhật thông tin cổ đông là cá nhân nước ngoài, người đại diện theo ủy "
            "quyền của cổ đông là tổ chức nước ngoài",
            "At:Thông báo chào bán cổ phần riêng lẻ của công ty cổ phần không phải là công ty đại "
            "chúng",
            "At:Đăng ký thành lập doanh nghiệp xã hội|Giấy chứng nhận đăng ký doanh nghiệp",
            "At:Thông báo thay đổi nội dung cam kết thực hiện mục tiêu xã hội, môi trường",
            "At:Chuyển đổi công ty trách nhiệm hữu hạn hai thành viên trở lên thành công ty cổ "
            "phần",
            "At:Chuyển đổi công ty cổ phần thành công ty trách nhiệm hữu hạn hai thành viên trở "
            "lên",
            "At:Chuyển đổi công ty trách nhiệm hữu hạn một thành viên thành công ty trách nhiệm "
            "hữu hạn hai thành viên trở lên",
            "At:Chuyển đổi công ty trách nhiệm hữu hạn hai thành viên trở lên thành công ty trách "
            "nhiệm hữu hạn một thành viên",
            "At:Tạm ngừng kinh doanh của chi nhánh, văn phòng đại diện, địa điểm kinh doanh",
            "At:Cấp đăng ký lại doanh nghiệp|Giấy chứng nhận đăng ký doanh nghiệp",
            "At:Đăng ký thay đổi thông tin đăng ký thuế của doanh nghiệp",
        ),
        (
            "Điều lệ công ty",
            "Danh sách thành viên hoặc cổ đông sáng lập",
            "Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật",
            "Văn bản ủy quyền cho người đi nộp hồ sơ",
            "Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Đại hội đồng cổ đông",
        ),
    ),
    _field(
        "DTU|Đầu tư tại Việt Nam|taichinh|s0|dnvh",
        (
            "61/2020/QH14|Luật Đầu tư",
            (
                "31/2021/NĐ-CP|Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của "
                "Luật Đầu tư"
            ),
        ),
        (
            "At:Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ "
            "trương đầu tư|Giấy chứng nhận đăng ký đầu tư",
            "At:Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh",
            "At:Điều chỉnh dự án đầu tư trong trường hợp dự án đã được chấp thuận chủ trương đầu "
            "tư",
            "At:Điều chỉnh tên dự án đầu tư, tên và địa chỉ nhà đầu tư trong Giấy chứng nhận đăng "
            "ký đầu tư",
            "At:Điều chỉnh dự án đầu tư khi nhà đầu tư chuyển nhượng dự án đầu tư",
            "At:Điều chỉnh dự án đầu tư trong trường hợp chia, tách, sáp nhập, hợp nhất tổ chức "
            "kinh tế",
            "At:Gia hạn thời hạn hoạt động của dự án đầu tư",
            "At:Ngừng hoạt động của dự án đầu tư",
            "At:Chấm dứt hoạt động của dự án đầu tư",
            "At:Cấp lại Giấy chứng nhận đăng ký đầu tư",
            "At:Hiệu đính thông tin trên Giấy chứng nhận đăng ký đầu tư",
            "At:Đổi Giấy chứng nhận đăng ký đầu tư|Giấy chứng nhận đăng ký đầu tư",
            "At:Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC",
            "At:Chấm dứt hoạt động văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng "
            "BCC",
            "At:Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài",
            "At:Cung cấp thông tin về dự án đầu tư",
            "At:Giãn tiến độ đầu tư",
            "At:Điều chỉnh dự án đầu tư khi nhà đầu tư nhận chuyển nhượng dự án là tài sản bảo đảm",
            "At:Điều chỉnh dự án đầu tư theo bản án, quyết định của tòa án, trọng tài",
            "At:Chấp thuận nhà đầu tư",
            "At:Cung cấp thông tin về ưu đãi đầu tư",
            "At:Phê duyệt danh mục dự án đầu tư có sử dụng đất cần lựa chọn nhà đầu tư",
        ),
        (
            "Đề xuất dự án đầu tư",
            "Bản sao tài liệu chứng minh tư cách pháp lý của nhà đầu tư",
            "Báo cáo tình hình tài chính của nhà đầu tư trong 02 năm gần nhất",
            "Tài liệu về quyền sử dụng địa điểm thực hiện dự án",
            "Giải trình về sử dụng công nghệ",
        ),
    ),
    _field(
        "KCN|Quản lý khu công nghiệp|bqlkcn|n0|dnh",
        ("35/2022/NĐ-CP|Nghị định quy định về quản lý khu công nghiệp và khu kinh tế",),
        (
            "At:Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp|Giấy chứng "
            "nhận đăng ký đầu tư",
            "At:Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp",
            "At:Chấp thuận chủ trương đầu tư dự án trong khu công nghiệp",
            "Lt:giấy phép lao động cho người lao động nước ngoài làm việc trong khu công nghiệp",
            "At:Xác nhận người lao động nước ngoài làm việc trong khu công nghiệp không thuộc "
            "diện cấp giấy phép lao động",
            "At:Đăng ký nội quy lao động của doanh nghiệp trong khu công nghiệp",
            "At:Thẩm định thiết kế xây dựng công trình trong khu công nghiệp",
            "At:Cấp giấy phép xây dựng công trình trong khu công nghiệp|Giấy phép xây dựng",
            "At:Cấp giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài trong khu "
            "công nghiệp|Giấy phép kinh doanh",
            "At:Cấp giấy chứng nhận xuất xứ hàng hóa cho doanh nghiệp trong khu công nghiệp",
            "At:Gia hạn thời hạn hoạt động của dự án đầu tư trong khu công nghiệp",
            "At:Chấm dứt hoạt động của dự án đầu tư trong khu công nghiệp",
            "At:Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài trong khu công nghiệp",
            "At:Đăng ký hợp đồng nhận lao động thực tập của doanh nghiệp trong khu công nghiệp",
            "At:Xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ trong khu công nghiệp",
        ),
    ),
    _field(
        "CSAN|Quản lý công sản, giá|taichinh|n0|qt",
        ("15/2017/QH14|Luật Quản lý, sử dụng tài sản công", "16/2023/QH15|Luật Giá"),
        (
            "At:Mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị",
            "At:Thuê tài sản phục vụ hoạt động của cơ quan, tổ chức, đơn vị",
            "At:Thanh lý tài sản công",
            "At:Điều chuyển tài sản công",
            "At:Bán tài sản công",
            "At:Xử lý tài sản công trong trường hợp bị mất, bị hủy hoại",
            "At:Quyết định sử dụng tài sản công vào mục đích kinh doanh, cho thuê",
            "At:Quyết định sử dụng tài sản công để liên doanh, liên kết",
            "At:Xác lập quyền sở hữu toàn dân đối với tài sản",
            "At:Thẩm tra, phê duyệt quyết toán vốn đầu tư dự án hoàn thành|Quyết định phê duyệt "
            "quyết toán",
            "At:Thẩm định phương án giá hàng hóa, dịch vụ do Nhà nước định giá",
            "At:Xác nhận kinh phí hỗ trợ doanh nghiệp nhỏ và vừa",
            "At:Cấp mã số đơn vị có quan hệ với ngân sách|Giấy chứng nhận mã số đơn vị có quan hệ "
            "với ngân sách",
            "At:Hiệp thương giá|Thông báo kết quả hiệp thương giá",
            "At:Kê khai giá hàng hóa, dịch vụ",
        ),
    ),
    _field(
        "GDUC|Giáo dục và đào tạo|gddt|nl|cdt",
        (
            "43/2019/QH14|Luật Giáo dục",
            (
                "125/2024/NĐ-CP|Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh "
                "vực giáo dục"
            ),
        ),
        (
            *_each(
                "Qt",
                "",
                (
                    "trường mầm non đạt chuẩn quốc gia",
                    "trường tiểu học đạt chuẩn quốc gia",
                    "trường trung học cơ sở đạt chuẩn quốc gia",
                    "trường trung học phổ thông đạt chuẩn quốc gia",
                ),
            ),
            "At:Cho phép thành lập trường trung học phổ thông",
            "At:Cho phép trường trung học phổ thông hoạt động giáo dục",
            "At:Sáp nhập, chia, tách trường trung học phổ thông",
            "At:Giải thể trường trung học phổ thông",
            "At:Cho phép thành lập trung tâm ngoại ngữ, tin học",
            "At:Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục",
            "At:Cấp phép hoạt động giáo dục kỹ năng sống",
            "At:Chuyển trường đối với học sinh trung học phổ thông",
            "At:Xin học lại tại trường khác đối với học sinh trung học phổ thông",
            "At:Cấp bản sao văn bằng, chứng chỉ từ sổ gốc|Bản sao văn bằng, chứng chỉ",
            "At:Chỉnh sửa nội dung văn bằng, chứng chỉ",
            "At:Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở giáo dục nước ngoài "
            "cấp",
            "At:Phúc khảo bài thi tốt nghiệp trung học phổ thông",
            "At:Đăng ký dự thi tốt nghiệp trung học phổ thông",
            "At:Xét đặc cách tốt nghiệp trung học phổ thông",
            "At:Phê duyệt việc dạy và học bằng tiếng nước ngoài",
            "At:Xét tuyển sinh vào trường phổ thông dân tộc nội trú",
            *_each(
                "Qt",
                "xã đạt chuẩn ",
                (
                    "phổ cập giáo dục mầm non cho trẻ em năm tuổi",
                    "phổ cập giáo dục tiểu học",
                    "phổ cập giáo dục trung học cơ sở",
                    "xóa mù chữ",
                ),
            ),
            "At:Cho phép thành lập trường trung học phổ thông tư thục",
            "At:Cho phép thành lập trường phổ thông có nhiều cấp học",
            "At:Cho phép trường phổ thông có nhiều cấp học hoạt động giáo dục",
            "At:Thành lập trung tâm giáo dục thường xuyên",
            "At:Giải thể trung tâm ngoại ngữ, tin học",
            "At:Cho phép hoạt động giáo dục trở lại",
            "At:Cho phép thành lập trường năng khiếu thể dục thể thao",
            "At:Chuyển đổi nhà trẻ, trường mẫu giáo, trường mầm non tư thục sang hoạt động không "
            "vì "
            "lợi nhuận",
            "At:Cấp giấy chứng nhận chất lượng giáo dục đối với trường trung học phổ thông",
            "Ax:Cấp giấy chứng nhận chất lượng giáo dục đối với trường tiểu học",
            "Ax:Cấp giấy chứng nhận chất lượng giáo dục đối với trường trung học cơ sở",
            "Ax:Cấp giấy chứng nhận chất lượng giáo dục đối với trường mầm non",
            "Ax:Cấp bằng tốt nghiệp trung học cơ sở|Bằng tốt nghiệp trung học cơ sở",
            "At:Cho phép thành lập trường trung học phổ thông chuyên",
            "At:Cho phép thành lập trung tâm hỗ trợ và phát triển giáo dục hòa nhập",
            "At:Cho phép hoạt động giáo dục đối với cơ sở giáo dục mầm non có vốn đầu tư nước "
            "ngoài",
            "At:Công nhận bằng tốt nghiệp trung học cơ sở do cơ sở giáo dục nước ngoài cấp",
            "At:Đăng ký dự thi cấp chứng chỉ ứng dụng công nghệ thông tin",
            "At:Phê duyệt liên kết giáo dục với nước ngoài",
            "At:Gia hạn, điều chỉnh hoạt động liên kết giáo dục với nước ngoài",
            "Ax:Tuyển sinh trung học cơ sở",
            "Ax:Xét cấp hỗ trợ chi phí học tập cho học sinh",
            "Ax:Miễn, giảm học phí đối với học sinh",
            "Ax:Cho phép thành lập trường mầm non",
            "Ax:Cho phép trường mầm non hoạt động giáo dục",
            "Ax:Sáp nhập, chia, tách trường mầm non",
            "Ax:Giải thể trường mầm non",
            "Ax:Cho phép thành lập trường tiểu học",
            "Ax:Cho phép trường tiểu học hoạt động giáo dục",
            "Ax:Cho phép thành lập trường trung học cơ sở",
            "Ax:Cho phép trường trung học cơ sở hoạt động giáo dục",
            "Ax:Cho phép thành lập nhóm trẻ, lớp mẫu giáo độc lập",
            "Ax:Chuyển trường đối với học sinh tiểu học",
            "Ax:Chuyển trường đối với học sinh trung học cơ sở",
            "Ax:Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú",
            "Ax:Hỗ trợ ăn trưa đối với trẻ em mẫu giáo",
            "Ax:Xét cấp học bổng chính sách cho học sinh",
        ),
    ),
    _field(
        "GDNN|Giáo dục nghề nghiệp|gddt|nl|cdt",
        ("74/2014/QH13|Luật Giáo dục nghề nghiệp",),
        (
            "At:Thành lập trường trung cấp công lập",
            "At:Cho phép thành lập trường trung cấp tư thục",
            "At:Sáp nhập, chia, tách trường trung cấp",
            "At:Giải thể trường trung cấp",
            "At:Thành lập trung tâm giáo dục nghề nghiệp công lập",
            "At:Cho phép thành lập trung tâm giáo dục nghề nghiệp tư thục",
            "At:Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với trường trung "
            "cấp",
            "At:Cấp giấy chứng nhận đăng ký bổ sung hoạt động giáo dục nghề nghiệp",
            "At:Cấp giấy chứng nhận đăng ký hoạt động liên kết đào tạo với nước ngoài",
            "At:Chấm dứt hoạt động liên kết đào tạo với nước ngoài",
            "At:Đổi tên trường trung cấp",
            "At:Công nhận hội đồng quản trị trường trung cấp tư thục",
            "At:Cấp bản sao văn bằng, chứng chỉ giáo dục nghề nghiệp từ sổ gốc",
            "At:Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với trung tâm giáo "
            "dục nghề nghiệp",
            "At:Cho phép thành lập phân hiệu của trường trung cấp",
            "At:Chấm dứt hoạt động giáo dục nghề nghiệp",
            "At:Miễn, giảm học phí đối với người học trình độ trung cấp",
            "Ax:Hỗ trợ đào tạo trình độ sơ cấp cho người lao động nông thôn",
        ),
    ),
    _field(
        "YTDP|Y tế dự phòng|yte|nl|cdt",
        ("03/2007/QH12|Luật Phòng, chống bệnh truyền nhiễm",),
        (
            "At:Cấp giấy chứng nhận cơ sở xét nghiệm đạt tiêu chuẩn an toàn sinh học cấp I, cấp II",
            "At:Công bố cơ sở đủ điều kiện tiêm chủng",
            "At:Công bố cơ sở đủ điều kiện quan trắc môi trường lao động",
            "At:Công bố cơ sở đủ điều kiện khám và điều trị bệnh nghề nghiệp",
            "At:Đăng ký tham gia điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế",
            "At:Cấp thẻ cho nhân viên tiếp cận cộng đồng về phòng, chống HIV/AIDS",
            "Ax:Xét hưởng chính sách hỗ trợ cho đối tượng sinh con đúng chính sách dân số",
        ),
    ),
    _field(
        "KCB|Khám bệnh, chữa bệnh|yte|nh|cdt",
        (
            "15/2023/QH15|Luật Khám bệnh, chữa bệnh",
            "96/2023/NĐ-CP|Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh",
        ),
        (
            *_each("Lt", "giấy phép hoạt động đối với ", _CLINICS),
            *_each("Lt", "giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh ", _PRACTICE),
            "At:Đăng ký hành nghề khám bệnh, chữa bệnh",
            "At:Cho phép người hành nghề được tiếp tục hành nghề khám bệnh, chữa bệnh",
            "At:Công bố cơ sở khám bệnh, chữa bệnh đủ điều kiện thực hiện khám sức khỏe",
            "At:Phân loại cơ sở khám bệnh, chữa bệnh theo cấp chuyên môn kỹ thuật",
            "At:Phê duyệt danh mục kỹ thuật của cơ sở khám bệnh, chữa bệnh",
            "At:Cấp giấy xác nhận nội dung quảng cáo dịch vụ khám bệnh, chữa bệnh",
        ),
        (
            "Bản sao giấy phép hành nghề của người chịu trách nhiệm chuyên môn",
            "Danh sách người hành nghề và người làm việc tại cơ sở",
            "Bản kê khai cơ sở vật chất, thiết bị y tế",
            "Giấy chứng nhận đủ sức khỏe để hành nghề",
            "Văn bản xác nhận quá trình thực hành",
        ),
    ),
    _field(
        "GDYK|Giám định y khoa|yte|nl|cb",
        (
            (
                "131/2021/NĐ-CP|Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi "
                "người có công với cách mạng"
            ),
        ),
        (
            "At:Khám giám định để xác định mức độ suy giảm khả năng lao động|Biên bản giám định y "
            "khoa",
            "At:Khám giám định lại bệnh nghề nghiệp tái phát|Biên bản giám định y khoa",
            "At:Khám giám định thương tật lần đầu do tai nạn lao động|Biên bản giám định y khoa",
            "At:Khám giám định để thực hiện chế độ hưu trí|Biên bản giám định y khoa",
            "At:Khám giám định để hưởng bảo hiểm xã hội một lần|Biên bản giám định y khoa",
            "At:Khám giám định mức độ khuyết tật đối với trường hợp Hội đồng xác định mức độ "
            "khuyết tật không đưa ra được kết luận|Biên bản giám định y khoa",
            "At:Khám giám định phúc quyết|Biên bản giám định y khoa",
            "At:Khám giám định lần đầu đối với người hoạt động kháng chiến bị nhiễm chất độc hóa "
            "học|Biên bản giám định y khoa",
            "At:Khám giám định đối với trường hợp bổ sung vết thương|Biên bản giám định y khoa",
        ),
    ),
    _field(
        "DUOC|Dược phẩm, mỹ phẩm|yte|nm|cdt",
        (
            "105/2016/QH13|Luật Dược",
            "44/2024/QH15|Luật sửa đổi, bổ sung một số điều của Luật Dược",
            (
                "54/2017/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành "
                "Luật Dược"
            ),
        ),
        (
            "Ct:chứng chỉ hành nghề dược",
            *_each(
                "Ct",
                "giấy chứng nhận đủ điều kiện kinh doanh dược đối với ",
                (
                    "nhà thuốc",
                    "quầy thuốc",
                    "tủ thuốc trạm y tế xã",
                    "cơ sở bán buôn thuốc",
                    "cơ sở bán lẻ thuốc dược liệu, thuốc cổ truyền",
                    "cơ sở kinh doanh dịch vụ bảo quản thuốc",
                    "cơ sở bán buôn dược liệu",
                    "cơ sở bán buôn thuốc cổ truyền",
                ),
            ),
            "At:Cấp giấy chứng nhận lương y|Giấy chứng nhận lương y",
            "At:Cấp giấy chứng nhận người có bài thuốc gia truyền",
            "At:Cấp giấy chứng nhận người có phương pháp chữa bệnh gia truyền",
            "At:Điều chỉnh nội dung chứng chỉ hành nghề dược",
            "At:Đánh giá đáp ứng thực hành tốt cơ sở bán lẻ thuốc",
            "At:Đánh giá duy trì đáp ứng thực hành tốt cơ sở bán lẻ thuốc",
            "At:Cho phép mua thuốc gây nghiện, thuốc hướng thần, tiền chất dùng làm thuốc",
            "At:Cấp giấy xác nhận nội dung thông tin thuốc theo hình thức hội thảo giới thiệu "
            "thuốc",
            "At:Tiếp nhận phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước|Phiếu công bố sản "
            "phẩm mỹ phẩm",
            "At:Cấp giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
            "At:Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D",
            "At:Công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A",
        ),
        (
            "Bản sao văn bằng chuyên môn",
            "Giấy xác nhận thời gian thực hành chuyên môn",
            "Tài liệu kỹ thuật tương ứng với loại hình cơ sở kinh doanh dược",
            "Giấy khám sức khỏe do cơ sở y tế có thẩm quyền cấp",
        ),
    ),
    _field(
        "ATTP|An toàn thực phẩm|yte|nl|cdht",
        (
            "55/2010/QH12|Luật An toàn thực phẩm",
            (
                "15/2018/NĐ-CP|Nghị định quy định chi tiết thi hành một số điều của Luật An toàn "
                "thực phẩm"
            ),
        ),
        (
            *_each(
                "Ct",
                "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với ",
                (
                    "cơ sở sản xuất thực phẩm",
                    "cơ sở kinh doanh dịch vụ ăn uống",
                    "cơ sở sản xuất nước uống đóng chai",
                    "bếp ăn tập thể",
                    "cơ sở sản xuất nước đá dùng liền",
                    "cơ sở sản xuất dụng cụ, vật liệu bao gói, chứa đựng thực phẩm",
                ),
            ),
            "At:Tiếp nhận bản tự công bố sản phẩm thực phẩm",
            "At:Đăng ký bản công bố sản phẩm thực phẩm dinh dưỡng y học",
            "At:Cấp giấy xác nhận nội dung quảng cáo thực phẩm",
            "At:Cấp giấy xác nhận kiến thức về an toàn thực phẩm",
            "Ax:Ký cam kết bảo đảm an toàn thực phẩm đối với cơ sở không thuộc diện cấp giấy chứng "
            "nhận",
        ),
    ),
    _field(
        "BTXH|Bảo trợ xã hội|yte|f0|c",
        (
            (
                "20/2021/NĐ-CP|Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng "
                "bảo trợ xã hội"
            ),
            "76/2024/NĐ-CP|Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP",
            "51/2010/QH12|Luật Người khuyết tật",
        ),
        (
            *_each(
                "Sx",
                "",
                (
                    "trợ cấp xã hội hàng tháng đối với người cao tuổi",
                    "trợ cấp xã hội hàng tháng đối với người khuyết tật",
                    "trợ cấp xã hội hàng tháng đối với trẻ em không có nguồn nuôi dưỡng",
                    "trợ cấp xã hội hàng tháng đối với người đơn thân nghèo đang nuôi con",
                    "hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng đối với hộ gia đình có người "
                    "khuyết tật đặc biệt nặng",
                    "hỗ trợ kinh phí nhận chăm sóc, nuôi dưỡng hàng tháng đối với người cao tuổi",
                    "trợ cấp xã hội hàng tháng đối với người nhiễm HIV/AIDS thuộc hộ nghèo",
                    "trợ cấp xã hội hàng tháng đối với người từ đủ 16 tuổi đến 22 tuổi đang học",
                ),
            ),
            "Ax:Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật|Giấy xác "
            "nhận khuyết tật",
            "Ax:Đổi, cấp lại Giấy xác nhận khuyết tật|Giấy xác nhận khuyết tật",
            "Ax:Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở",
            "Ax:Trợ giúp xã hội khẩn cấp về hỗ trợ chi phí điều trị người bị thương nặng",
            "Ax:Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
            "Ax:Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú",
            "Ax:Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm|Giấy chứng nhận hộ nghèo, "
            "hộ cận nghèo",
            "Ax:Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm",
            "Ax:Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống "
            "trung bình",
            "Lt:giấy phép hoạt động đối với cơ sở trợ giúp xã hội",
            "At:Thành lập, tổ chức lại, giải thể cơ sở trợ giúp xã hội công lập",
            "At:Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập",
            "At:Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ "
            "giúp xã hội",
            "At:Dừng trợ giúp xã hội tại cơ sở trợ giúp xã hội",
        ),
        (
            "Tờ khai thông tin của người khuyết tật",
            "Giấy xác nhận khuyết tật",
            "Bản sao giấy khai sinh của trẻ em",
            "Giấy tờ chứng minh thuộc diện hộ nghèo, hộ cận nghèo",
            "Biên bản xác minh của Ủy ban nhân dân cấp xã",
        ),
    ),
    _field(
        "TREEM|Trẻ em|yte|f0|ct",
        ("102/2016/QH13|Luật Trẻ em",),
        (
            "Ax:Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi "
            "trường hoặc người gây tổn hại cho trẻ em",
            "Ax:Chấm dứt việc chăm sóc thay thế cho trẻ em",
            "Ax:Đăng ký nhận chăm sóc thay thế cho trẻ em đối với cá nhân không phải là người "
            "thân thích của trẻ em",
            "Ax:Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị "
            "bạo lực, bóc lột, bỏ rơi",
            "Ax:Chuyển trẻ em đang được chăm sóc thay thế tại cơ sở trợ giúp xã hội đến cá nhân, "
            "gia đình nhận chăm sóc thay thế",
        ),
    ),
    _field(
        "LDONG|Lao động, việc làm|noivu|nm|cnd",
        (
            "45/2019/QH14|Bộ luật Lao động",
            (
                "152/2020/NĐ-CP|Nghị định quy định về người lao động nước ngoài làm việc tại Việt "
                "Nam"
            ),
            "74/2025/QH15|Luật Việc làm",
        ),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "lao động cho người lao động nước ngoài làm việc tại Việt Nam",
                    "hoạt động dịch vụ việc làm của doanh nghiệp",
                    "hoạt động cho thuê lại lao động",
                ),
            ),
            "At:Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
            "At:Chấp thuận nhu cầu sử dụng người lao động nước ngoài",
            "At:Đăng ký nội quy lao động",
            "At:Đăng ký hợp đồng nhận lao động thực tập thời hạn dưới 90 ngày",
            "At:Đăng ký hợp đồng lao động trực tiếp giao kết đi làm việc ở nước ngoài",
            "At:Giải quyết hưởng trợ cấp thất nghiệp|Quyết định hưởng trợ cấp thất nghiệp",
            "At:Tạm dừng hưởng trợ cấp thất nghiệp",
            "At:Tiếp tục hưởng trợ cấp thất nghiệp",
            "At:Chấm dứt hưởng trợ cấp thất nghiệp",
            "At:Chuyển nơi hưởng trợ cấp thất nghiệp",
            "At:Hỗ trợ học nghề đối với người đang hưởng trợ cấp thất nghiệp",
            "At:Thông báo về việc tìm kiếm việc làm hằng tháng",
            "At:Đăng ký thang lương, bảng lương của doanh nghiệp",
            "At:Hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho "
            "người lao động",
            "At:Gửi thỏa ước lao động tập thể",
            "At:Đăng ký hợp đồng cung ứng lao động đi làm việc ở nước ngoài",
            "At:Cấp giấy phép tuyển dụng lao động nước ngoài thông qua tổ chức dịch vụ việc làm",
            "At:Hòa giải tranh chấp lao động thông qua hòa giải viên lao động",
            "Ax:Hỗ trợ người lao động thuộc hộ nghèo đi làm việc ở nước ngoài theo hợp đồng",
        ),
        (
            "Giấy chứng nhận đủ sức khỏe",
            "Phiếu lý lịch tư pháp",
            "Văn bản chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ "
            "thuật",
            "Bản sao hộ chiếu còn giá trị",
            "Sổ bảo hiểm xã hội",
        ),
    ),
    _field(
        "NCC|Người có công|noivu|n0|c",
        (
            "02/2020/UBTVQH14|Pháp lệnh Ưu đãi người có công với cách mạng",
            (
                "131/2021/NĐ-CP|Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi "
                "người có công với cách mạng"
            ),
        ),
        (
            "At:Công nhận và giải quyết chế độ ưu đãi người hoạt động kháng chiến bị nhiễm chất "
            "độc hóa học",
            "At:Công nhận và giải quyết chế độ ưu đãi thương binh",
            "At:Công nhận và giải quyết chế độ con đẻ của người hoạt động kháng chiến bị nhiễm "
            "chất độc hóa học",
            "At:Giải quyết chế độ trợ cấp thờ cúng liệt sĩ",
            "At:Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng",
            "At:Giải quyết chế độ trợ cấp ưu đãi đối với thân nhân liệt sĩ",
            "At:Giải quyết chế độ người hoạt động cách mạng, kháng chiến, bảo vệ Tổ quốc, làm "
            "nghĩa vụ quốc tế bị địch bắt tù, đày",
            "At:Giải quyết chế độ trợ cấp một lần đối với người được cử làm chuyên gia sang giúp "
            "Lào, Campuchia",
            "At:Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú",
            "At:Cấp trích lục hoặc bản sao giấy tờ hồ sơ người có công",
            "At:Sửa đổi thông tin cá nhân trong hồ sơ người có công",
            "At:Đổi hoặc cấp lại Bằng Tổ quốc ghi công",
            "At:Giám định lại thương tật do vết thương cũ tái phát",
            "At:Công nhận liệt sĩ và cấp Bằng Tổ quốc ghi công",
            "At:Công nhận và giải quyết chế độ ưu đãi đối với người hưởng chính sách như thương "
            "binh",
            "At:Giải quyết chế độ ưu đãi đối với Anh hùng Lực lượng vũ trang nhân dân, Anh hùng "
            "Lao "
            "động trong thời kỳ kháng chiến",
            "At:Giải quyết chế độ ưu đãi đối với người hoạt động cách mạng trước ngày 01 tháng 01 "
            "năm 1945",
            "At:Giải quyết chế độ ưu đãi đối với người hoạt động cách mạng từ ngày 01 tháng 01 năm "
            "1945 đến ngày khởi nghĩa tháng Tám năm 1945",
            "At:Cấp giấy xác nhận thân nhân của người có công",
            "At:Xác nhận vào đơn đề nghị di chuyển hài cốt liệt sĩ",
            "At:Bổ sung tình hình thân nhân trong hồ sơ liệt sĩ",
            "At:Giải quyết phụ cấp hàng tháng đối với thanh niên xung phong đã hoàn thành nhiệm vụ "
            "trong kháng chiến",
            "Ax:Giải quyết chế độ mai táng phí đối với người có công với cách mạng",
            "Ax:Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần",
            "Ax:Hỗ trợ thăm viếng mộ liệt sĩ",
            *_each(
                "Sx",
                "",
                (
                    "trợ cấp tuất hằng tháng đối với thân nhân liệt sĩ",
                    "trợ cấp người phục vụ thương binh, bệnh binh suy giảm khả năng lao động từ "
                    "81% "
                    "trở lên",
                ),
            ),
            "Ax:Hỗ trợ di chuyển hài cốt liệt sĩ",
            "Ax:Giải quyết chế độ ưu đãi đối với người có công giúp đỡ cách mạng",
            "Ax:Giải quyết trợ cấp một lần đối với người có thành tích tham gia kháng chiến đã "
            "được tặng Bằng khen",
            "Ax:Hỗ trợ cải thiện nhà ở đối với người có công với cách mạng",
        ),
        (
            "Bản khai cá nhân theo mẫu",
            "Giấy tờ chứng minh là người có công với cách mạng",
            "Biên bản giám định y khoa",
            "Bản sao giấy chứng tử",
            "Giấy xác nhận của cơ quan, đơn vị quản lý",
        ),
    ),
    _field(
        "TDKT|Thi đua, khen thưởng|tdkt|n0|cdhtqb",
        (
            "06/2022/QH15|Luật Thi đua, khen thưởng",
            (
                "98/2023/NĐ-CP|Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, "
                "khen thưởng"
            ),
        ),
        (
            "At:Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh theo công trạng và thành tích "
            "đạt được",
            "At:Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho gia đình",
            "At:Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh theo đợt hoặc chuyên đề",
            "At:Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích đột xuất",
            "At:Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích đối ngoại",
            "At:Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
            "At:Tặng Cờ thi đua của Ủy ban nhân dân tỉnh",
            "At:Tặng danh hiệu Tập thể lao động xuất sắc",
            "At:Đề nghị tặng Huân chương Lao động",
            "At:Đề nghị tặng Bằng khen của Thủ tướng Chính phủ",
            "At:Đề nghị tặng Huân chương Độc lập",
            "At:Đề nghị tặng Huy chương Hữu nghị",
            "At:Đề nghị phong tặng danh hiệu Anh hùng Lao động",
            "At:Tặng danh hiệu Tập thể lao động tiên tiến",
            "At:Đề nghị xét tặng danh hiệu Nghệ nhân nhân dân, Nghệ nhân ưu tú",
            "Ax:Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
            "Ax:Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình",
            "Ax:Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích đột xuất",
            "Ax:Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã theo đợt hoặc chuyên đề",
            "Ax:Tặng danh hiệu Lao động tiên tiến",
            "Ax:Tặng danh hiệu Chiến sĩ thi đua cơ sở",
        ),
    ),
    _field(
        "CCVC|Công chức, viên chức|noivu|s0|cb",
        (
            "80/2025/QH15|Luật Cán bộ, công chức",
            "58/2010/QH12|Luật Viên chức",
        ),
        (
            "At:Thi tuyển công chức|Quyết định công nhận kết quả trúng tuyển",
            "At:Tiếp nhận vào làm công chức",
            "At:Thi tuyển viên chức|Quyết định công nhận kết quả trúng tuyển",
            "At:Xét tuyển viên chức|Quyết định công nhận kết quả trúng tuyển",
            "At:Tiếp nhận vào làm viên chức",
            "At:Thăng hạng chức danh nghề nghiệp viên chức",
            "At:Thi nâng ngạch công chức",
            "At:Xét nâng ngạch công chức",
            "At:Chuyển đổi chức danh nghề nghiệp viên chức",
        ),
    ),
    _field(
        "TCPCP|Tổ chức phi chính phủ|noivu|s0|ct",
        (
            "126/2024/NĐ-CP|Nghị định quy định về tổ chức, hoạt động và quản lý hội",
            "93/2019/NĐ-CP|Nghị định về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện",
        ),
        (
            "At:Công nhận ban vận động thành lập hội",
            "At:Thành lập hội|Quyết định cho phép thành lập hội",
            "At:Phê duyệt điều lệ hội",
            "At:Chia, tách, sáp nhập, hợp nhất hội",
            "At:Đổi tên hội",
            "At:Hội tự giải thể",
            "At:Báo cáo tổ chức đại hội nhiệm kỳ, đại hội bất thường của hội",
            "At:Cho phép hội đặt văn phòng đại diện",
            "Lt:giấy phép thành lập và công nhận điều lệ quỹ",
            "At:Công nhận quỹ đủ điều kiện hoạt động và công nhận thành viên hội đồng quản lý quỹ",
            "At:Hợp nhất, sáp nhập, chia, tách quỹ",
            "At:Đổi tên quỹ",
            "At:Quỹ tự giải thể",
            "Ax:Thành lập thôn mới, tổ dân phố mới",
            "Ax:Ghép, sáp nhập thôn, tổ dân phố",
            "At:Thành lập tổ chức thanh niên xung phong cấp tỉnh",
        ),
    ),
    _field(
        "VTLT|Văn thư, lưu trữ|noivu|fl|ct",
        ("33/2024/QH15|Luật Lưu trữ",),
        (
            "Ct:chứng chỉ hành nghề lưu trữ",
            "At:Phục vụ việc sử dụng tài liệu lưu trữ của độc giả tại phòng đọc",
            "At:Cấp bản sao và chứng thực tài liệu lưu trữ|Bản sao tài liệu lưu trữ",
            "At:Cung cấp tài liệu lưu trữ trực tuyến",
        ),
    ),
    _field(
        "TGIAO|Tín ngưỡng, tôn giáo|dttg|n0|cnt",
        (
            "02/2016/QH14|Luật Tín ngưỡng, tôn giáo",
            "95/2023/NĐ-CP|Nghị định quy định chi tiết Luật Tín ngưỡng, tôn giáo",
        ),
        (
            "At:Đăng ký sinh hoạt tôn giáo tập trung của người nước ngoài cư trú hợp pháp tại "
            "Việt Nam",
            "At:Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có "
            "quy mô tổ chức ở nhiều xã",
            "At:Đề nghị giảng đạo ngoài địa bàn phụ trách, cơ sở tôn giáo, địa điểm hợp pháp đã "
            "đăng ký",
            "At:Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc",
            "At:Thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành",
            "At:Đề nghị thành lập, chia, tách, sáp nhập, hợp nhất tổ chức tôn giáo trực thuộc",
            "At:Đăng ký mở lớp bồi dưỡng về tôn giáo cho người chuyên hoạt động tôn giáo",
            "At:Đề nghị tổ chức đại hội của tổ chức tôn giáo",
            "At:Đề nghị công nhận tổ chức tôn giáo",
            "At:Đăng ký thuyên chuyển chức sắc, chức việc, nhà tu hành là người đang bị buộc tội",
            "At:Đề nghị mời tổ chức, cá nhân nước ngoài vào Việt Nam thực hiện hoạt động tôn giáo",
            "At:Đề nghị tổ chức hội nghị thường niên của tổ chức tôn giáo",
            "At:Đăng ký thay đổi trụ sở của tổ chức tôn giáo trực thuộc",
            "At:Đề nghị cấp đăng ký pháp nhân phi thương mại cho tổ chức tôn giáo trực thuộc",
            "Ax:Đăng ký hoạt động tín ngưỡng",
            "Ax:Đăng ký bổ sung hoạt động tín ngưỡng",
            "Ax:Đăng ký sinh hoạt tôn giáo tập trung",
            "Ax:Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn "
            "giáo ở một xã",
            "Ax:Thông báo tổ chức quyên góp trong địa bàn một xã",
            "Ax:Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung trong địa bàn một xã",
            "Ax:Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo trong địa bàn một xã",
        ),
    ),
    _field(
        "DTOC|Công tác dân tộc|dttg|n0|c",
        ("05/2011/NĐ-CP|Nghị định về công tác dân tộc",),
        (
            "At:Công nhận người có uy tín trong đồng bào dân tộc thiểu số",
            "At:Đưa ra khỏi danh sách người có uy tín trong đồng bào dân tộc thiểu số",
            "At:Hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số khi ốm đau",
            "Ax:Hỗ trợ đất ở, nhà ở, đất sản xuất cho hộ đồng bào dân tộc thiểu số",
            "Ax:Hỗ trợ học sinh dân tộc thiểu số rất ít người",
        ),
    ),
    _field(
        "LTHH|Lưu thông hàng hóa trong nước|congthuong|nm|cdh",
        (
            "105/2017/NĐ-CP|Nghị định về kinh doanh rượu",
            (
                "67/2013/NĐ-CP|Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật "
                "Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá"
            ),
            "80/2023/NĐ-CP|Nghị định về kinh doanh xăng dầu",
        ),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "bán buôn rượu",
                    "sản xuất rượu công nghiệp quy mô dưới 3 triệu lít/năm",
                    "bán buôn sản phẩm thuốc lá",
                ),
            ),
            "Ct:giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
            "At:Cấp giấy xác nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu",
            "Ct:giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm thuộc lĩnh vực công thương",
            *_each(
                "Lx",
                "giấy phép ",
                (
                    "bán lẻ sản phẩm thuốc lá",
                    "bán lẻ rượu",
                    "sản xuất rượu thủ công nhằm mục đích kinh doanh",
                    "bán rượu tiêu dùng tại chỗ",
                ),
            ),
        ),
    ),
    _field(
        "DIEN|Điện|congthuong|nm|dh",
        ("61/2024/QH15|Luật Điện lực",),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "hoạt động phát điện đối với nhà máy điện có quy mô công suất dưới 3 MW",
                    "hoạt động bán lẻ điện",
                    "hoạt động phân phối điện đến cấp điện áp 35 kV",
                    "hoạt động tư vấn chuyên ngành điện lực",
                ),
            ),
            "At:Huấn luyện và cấp mới thẻ an toàn điện",
            "Ct:thẻ kiểm tra viên điện lực",
            "At:Thông báo phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
            "Ax:Thông báo phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ của hộ gia "
            "đình",
        ),
    ),
    _field(
        "HCHAT|Hóa chất, vật liệu nổ công nghiệp|congthuong|nh|d",
        (
            (
                "113/2017/NĐ-CP|Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của "
                "Luật Hóa chất"
            ),
        ),
        (
            *_each(
                "Ct",
                "giấy chứng nhận đủ điều kiện ",
                (
                    "sản xuất hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công "
                    "nghiệp",
                    "kinh doanh hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công "
                    "nghiệp",
                ),
            ),
            "Lt:giấy phép sử dụng vật liệu nổ công nghiệp",
            "Ct:giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp",
            "At:Xác nhận biện pháp phòng ngừa, ứng phó sự cố hóa chất",
            "At:Thẩm định kế hoạch phòng ngừa, ứng phó sự cố hóa chất",
        ),
    ),
    _field(
        "KDKHI|Kinh doanh khí|congthuong|nm|d",
        ("87/2018/NĐ-CP|Nghị định về kinh doanh khí",),
        (
            *_each(
                "Ct",
                "giấy chứng nhận đủ điều kiện ",
                (
                    "cửa hàng bán lẻ LPG chai",
                    "trạm nạp LPG vào chai",
                    "trạm nạp LPG vào phương tiện vận tải",
                    "trạm nạp CNG vào phương tiện vận tải",
                ),
            ),
            "At:Cấp giấy xác nhận đủ điều kiện làm đại lý kinh doanh khí",
        ),
    ),
    _field(
        "XTTM|Xúc tiến thương mại|congthuong|fl|d",
        (
            (
                "81/2018/NĐ-CP|Nghị định quy định chi tiết Luật Thương mại về hoạt động xúc tiến "
                "thương mại"
            ),
        ),
        (
            "At:Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi trên địa bàn một "
            "tỉnh|Văn bản xác nhận đăng ký thực hiện khuyến mại",
            "At:Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại",
            "At:Thông báo thực hiện khuyến mại",
            "At:Thông báo sửa đổi, bổ sung nội dung chương trình khuyến mại",
            "At:Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam",
            "At:Đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại",
            "At:Đăng ký hoạt động bán hàng đa cấp tại địa phương",
            "At:Thông báo sửa đổi, bổ sung nội dung hoạt động bán hàng đa cấp tại địa phương",
            "At:Chấm dứt hoạt động bán hàng đa cấp tại địa phương",
        ),
    ),
    _field(
        "TMQT|Thương mại quốc tế|congthuong|nm|dn",
        (
            (
                "09/2018/NĐ-CP|Nghị định quy định chi tiết Luật Thương mại và Luật Quản lý ngoại "
                "thương về hoạt động mua bán hàng hóa của nhà đầu tư nước ngoài"
            ),
        ),
        (
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài",
                    "lập cơ sở bán lẻ",
                    "thành lập văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
                ),
            ),
            "At:Cấp giấy chứng nhận xuất xứ hàng hóa ưu đãi",
        ),
    ),
    _field(
        "CNDP|Công nghiệp địa phương|congthuong|s0|dht",
        ("32/2024/NĐ-CP|Nghị định về quản lý, phát triển cụm công nghiệp",),
        (
            "At:Thành lập cụm công nghiệp",
            "At:Mở rộng, điều chỉnh cụm công nghiệp",
            "At:Hỗ trợ kinh phí khuyến công địa phương",
            "At:Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh",
            "At:Phê duyệt quy trình vận hành hồ chứa thủy điện",
            "At:Phê duyệt phương án ứng phó thiên tai cho công trình vùng hạ du đập thủy điện",
        ),
    ),
    _field(
        "VHOA|Văn hóa, nghệ thuật biểu diễn|vhttdl|nl|cdt",
        (
            "144/2020/NĐ-CP|Nghị định quy định về hoạt động nghệ thuật biểu diễn",
            "110/2018/NĐ-CP|Nghị định quy định về quản lý và tổ chức lễ hội",
            "54/2019/NĐ-CP|Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường",
        ),
        (
            "At:Cấp giấy phép phổ biến phim",
            "At:Tổ chức cuộc thi, liên hoan nghệ thuật biểu diễn",
            "At:Tổ chức cuộc thi người đẹp, người mẫu",
            "At:Thông báo tổ chức biểu diễn nghệ thuật",
            "At:Cấp giấy phép cho đối tượng thuộc địa phương mời tổ chức, cá nhân nước ngoài vào "
            "biểu diễn nghệ thuật",
            "At:Cấp giấy phép cho phép tổ chức, cá nhân Việt Nam thuộc địa phương ra nước ngoài "
            "biểu diễn nghệ thuật",
            "At:Đăng ký tổ chức lễ hội cấp tỉnh",
            "At:Thông báo tổ chức lễ hội cấp tỉnh",
            "At:Cấp giấy phép triển lãm mỹ thuật",
            "At:Cấp giấy phép sao chép tác phẩm mỹ thuật về danh nhân văn hóa, anh hùng dân tộc, "
            "lãnh tụ",
            "At:Cấp giấy phép xây dựng tượng đài, tranh hoành tráng",
            "At:Cấp giấy phép nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh",
            "Lt:giấy phép đủ điều kiện kinh doanh dịch vụ vũ trường",
            "Lx:giấy phép đủ điều kiện kinh doanh dịch vụ karaoke",
            "At:Tiếp nhận hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn",
            "Ax:Thông báo tổ chức lễ hội cấp xã",
            "Ax:Đăng ký tổ chức lễ hội cấp xã",
            "Ax:Xét tặng danh hiệu Gia đình văn hóa",
            "Ax:Xét tặng danh hiệu Thôn, Tổ dân phố văn hóa",
            "Ax:Đăng ký hoạt động cơ sở trợ giúp nạn nhân bạo lực gia đình",
            "Ax:Đăng ký thay đổi nội dung hoạt động cơ sở trợ giúp nạn nhân bạo lực gia đình",
        ),
    ),
    _field(
        "DSVH|Di sản văn hóa|vhttdl|sl|cdt",
        ("45/2024/QH15|Luật Di sản văn hóa",),
        (
            "Ct:chứng chỉ hành nghề mua bán di vật, cổ vật",
            "At:Đăng ký di vật, cổ vật",
            "At:Xác nhận đủ điều kiện cấp giấy phép hoạt động bảo tàng ngoài công lập",
            "At:Cấp giấy phép khai quật khẩn cấp",
            "At:Thẩm định dự án tu bổ, phục hồi di tích cấp tỉnh",
            "At:Xếp hạng di tích cấp tỉnh|Quyết định xếp hạng di tích cấp tỉnh",
            "At:Cấp phép cho người nước ngoài nghiên cứu, sưu tầm di sản văn hóa phi vật thể",
        ),
    ),
    _field(
        "DLICH|Du lịch|vhttdl|nm|cnd",
        (
            "09/2017/QH14|Luật Du lịch",
            "168/2017/NĐ-CP|Nghị định quy định chi tiết một số điều của Luật Du lịch",
        ),
        (
            "Lt:giấy phép kinh doanh dịch vụ lữ hành nội địa",
            "Lt:giấy phép thành lập văn phòng đại diện của doanh nghiệp kinh doanh dịch vụ lữ "
            "hành nước ngoài tại Việt Nam",
            *_each("Ct", "thẻ hướng dẫn viên du lịch ", ("nội địa", "quốc tế", "tại điểm")),
            *_each(
                "Qt",
                "",
                (
                    "cơ sở lưu trú du lịch hạng 1 sao",
                    "cơ sở lưu trú du lịch hạng 2 sao",
                    "cơ sở lưu trú du lịch hạng 3 sao",
                    "khu du lịch cấp tỉnh",
                    "điểm du lịch",
                    "cơ sở kinh doanh dịch vụ ăn uống đạt tiêu chuẩn phục vụ khách du lịch",
                    "cơ sở kinh doanh dịch vụ mua sắm đạt tiêu chuẩn phục vụ khách du lịch",
                ),
            ),
            "At:Thông báo thời điểm bắt đầu kinh doanh của cơ sở lưu trú du lịch",
        ),
    ),
    _field(
        "TDTT|Thể dục, thể thao|vhttdl|nm|cdt",
        (
            "77/2006/QH11|Luật Thể dục, thể thao",
            "26/2018/QH14|Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao",
        ),
        (
            *(
                f"At:Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn "
                f"{sport}|Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao"
                for sport in _SPORTS
            ),
            "At:Cấp lại giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
            "At:Xác nhận đủ điều kiện tổ chức giải thi đấu thể thao thành tích cao",
            "At:Phong đẳng cấp vận động viên, huấn luyện viên thể thao",
            "Ax:Công nhận câu lạc bộ thể thao cơ sở",
        ),
    ),
    _field(
        "BCXB|Báo chí, xuất bản, in|vhttdl|nl|dtq",
        ("103/2016/QH13|Luật Báo chí", "19/2012/QH13|Luật Xuất bản"),
        (
            "Lt:giấy phép xuất bản bản tin",
            "At:Cho phép họp báo",
            "At:Trưng bày tranh, ảnh và các hình thức thông tin khác bên ngoài trụ sở cơ quan, tổ "
            "chức nước ngoài",
            *_each(
                "Lt",
                "giấy phép ",
                (
                    "hoạt động in",
                    "xuất bản tài liệu không kinh doanh",
                    "nhập khẩu xuất bản phẩm không kinh doanh",
                    "tổ chức triển lãm, hội chợ xuất bản phẩm",
                ),
            ),
            "At:Đăng ký hoạt động cơ sở in",
            "At:Thay đổi thông tin đăng ký hoạt động cơ sở in",
            "At:Đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu",
            "At:Xác nhận đăng ký hoạt động phát hành xuất bản phẩm",
            "At:Cấp giấy xác nhận đăng ký nhập khẩu thiết bị in",
            "At:Chuyển nhượng máy photocopy màu, máy in có chức năng photocopy màu",
            "At:Cấp phép xuất bản đặc san",
        ),
    ),
    _field(
        "PTTH|Phát thanh, truyền hình và thông tin điện tử|vhttdl|nm|dt",
        (
            (
                "147/2024/NĐ-CP|Nghị định về quản lý, cung cấp và sử dụng dịch vụ Internet và "
                "thông tin trên mạng"
            ),
        ),
        (
            "Lt:giấy phép thiết lập trang thông tin điện tử tổng hợp",
            "Lt:giấy phép thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh",
            "At:Đăng ký thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh",
            "Cx:giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử "
            "công cộng",
        ),
    ),
    _field(
        "BCVT|Bưu chính, viễn thông|khcn|nm|dt",
        ("49/2010/QH12|Luật Bưu chính", "24/2023/QH15|Luật Viễn thông"),
        (
            "Lt:giấy phép bưu chính",
            "At:Cấp văn bản xác nhận thông báo hoạt động bưu chính",
            "At:Cấp lại văn bản xác nhận thông báo hoạt động bưu chính",
            "At:Chấp thuận vị trí xây dựng công trình viễn thông thụ động",
        ),
    ),
    _field(
        "KHCN|Hoạt động khoa học và công nghệ|khcn|nl|cdtq",
        ("93/2025/QH15|Luật Khoa học, công nghệ và đổi mới sáng tạo",),
        (
            "Ct:giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
            "Ct:giấy chứng nhận doanh nghiệp khoa học và công nghệ",
            "Lt:giấy chứng nhận đăng ký hoạt động của văn phòng đại diện, chi nhánh của tổ chức "
            "khoa học và công nghệ",
            "At:Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách "
            "nhà nước",
            "At:Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân "
            "sách nhà nước",
            "At:Tuyển chọn, giao trực tiếp tổ chức và cá nhân thực hiện nhiệm vụ khoa học và công "
            "nghệ cấp tỉnh",
            "At:Đánh giá, nghiệm thu kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh",
            "At:Hỗ trợ doanh nghiệp nhỏ và vừa đổi mới sáng tạo",
            "At:Cấp giấy chứng nhận đăng ký chuyển giao công nghệ",
            "At:Đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ",
            "At:Cấp giấy chứng nhận ứng dụng công nghệ cao",
            "At:Hỗ trợ phát triển tài sản trí tuệ cấp tỉnh",
            "At:Thẩm định công nghệ dự án đầu tư",
            "At:Cho ý kiến về công nghệ của dự án đầu tư",
            "At:Công nhận kết quả nghiên cứu khoa học và phát triển công nghệ không sử dụng ngân "
            "sách nhà nước",
        ),
    ),
    _field(
        "ATBX|Năng lượng nguyên tử, an toàn bức xạ|khcn|nm|cdt",
        ("94/2025/QH15|Luật Năng lượng nguyên tử",),
        (
            "Lt:giấy phép tiến hành công việc bức xạ sử dụng thiết bị X-quang chẩn đoán trong y tế",
            "Ct:chứng chỉ nhân viên bức xạ",
            "At:Phê duyệt kế hoạch ứng phó sự cố bức xạ cấp cơ sở",
        ),
    ),
    _field(
        "TDC|Tiêu chuẩn, đo lường, chất lượng|khcn|fl|dht",
        ("68/2006/QH11|Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "04/2011/QH13|Luật Đo lường"),
        (
            "At:Đăng ký công bố hợp chuẩn dựa trên kết quả chứng nhận hợp chuẩn",
            "At:Đăng ký công bố hợp quy đối với sản phẩm, hàng hóa sản xuất trong nước",
            "At:Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu",
            "At:Chứng nhận chuẩn đo lường để kiểm định phương tiện đo",
            "At:Đăng ký cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo",
            "At:Xét tặng Giải thưởng chất lượng sản phẩm, hàng hóa cấp tỉnh",
            "At:Chỉ định tổ chức đánh giá sự phù hợp",
            "At:Hỗ trợ đăng ký bảo hộ quyền sở hữu công nghiệp",
        ),
    ),
    _field(
        "NGVU|Ngoại vụ|ngoaivu|n0|cndtq",
        (
            (
                "81/2022/NĐ-CP|Nghị định về tổ chức và quản lý hội nghị, hội thảo quốc tế tại "
                "Việt Nam"
            ),
        ),
        (
            "At:Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch Ủy ban "
            "nhân dân tỉnh|Văn bản cho phép tổ chức hội nghị, hội thảo quốc tế",
            "At:Cho phép cán bộ, công chức, viên chức đi nước ngoài",
            "At:Cho phép sử dụng thẻ đi lại của doanh nhân APEC|Văn bản cho phép sử dụng thẻ ABTC",
            "At:Tiếp nhận, phê duyệt khoản viện trợ phi chính phủ nước ngoài",
            "At:Phê duyệt chương trình, dự án viện trợ không hoàn lại không thuộc hỗ trợ phát "
            "triển chính thức",
            "At:Đăng ký hoạt động của tổ chức phi chính phủ nước ngoài tại địa phương",
            "At:Ký kết thỏa thuận quốc tế nhân danh Ủy ban nhân dân tỉnh",
            "At:Hợp pháp hóa lãnh sự, chứng nhận lãnh sự giấy tờ tại địa phương",
            "At:Tiếp nhận đoàn khách nước ngoài vào làm việc tại tỉnh",
        ),
    ),
    _field(
        "TCD|Tiếp công dân, xử lý đơn|thanhtra|n0|cdt",
        ("42/2013/QH13|Luật Tiếp công dân",),
        (
            "At:Tiếp công dân tại cấp tỉnh",
            "At:Xử lý đơn tại cấp tỉnh",
            "Ax:Tiếp công dân tại cấp xã",
            "Ax:Xử lý đơn tại cấp xã",
        ),
    ),
    _field(
        "KNAI|Giải quyết khiếu nại|thanhtra|s0|cdt",
        ("02/2011/QH13|Luật Khiếu nại",),
        (
            "At:Giải quyết khiếu nại lần đầu tại cấp tỉnh",
            "At:Giải quyết khiếu nại lần hai tại cấp tỉnh",
            "Ax:Giải quyết khiếu nại lần đầu tại cấp xã",
        ),
    ),
    _field(
        "TCAO|Giải quyết tố cáo|thanhtra|s0|cdt",
        ("25/2018/QH14|Luật Tố cáo",),
        ("At:Giải quyết tố cáo tại cấp tỉnh", "Ax:Giải quyết tố cáo tại cấp xã"),
    ),
    _field(
        "PCTN|Phòng, chống tham nhũng|thanhtra|n0|cbq",
        ("36/2018/QH14|Luật Phòng, chống tham nhũng",),
        (
            "At:Xác minh tài sản, thu nhập",
            "At:Tiếp nhận yêu cầu giải trình",
            "At:Thực hiện việc giải trình",
            "At:Thực hiện việc kê khai tài sản, thu nhập",
        ),
    ),
    _field(
        "KSTT|Kiểm soát thủ tục hành chính|vpubnd|f0|cdt",
        (
            (
                "118/2025/NĐ-CP|Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, "
                "một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia"
            ),
        ),
        (
            "At:Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
            "At:Đánh giá mức độ hài lòng về giải quyết thủ tục hành chính",
        ),
    ),
    _field(
        "PCCC|Phòng cháy, chữa cháy và cứu nạn, cứu hộ|congan|nm|cdht",
        ("55/2024/QH15|Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",),
        (
            "At:Thẩm định thiết kế về phòng cháy và chữa cháy|Giấy chứng nhận thẩm định thiết kế "
            "về phòng cháy và chữa cháy",
            "At:Nghiệm thu về phòng cháy và chữa cháy|Văn bản chấp thuận kết quả nghiệm thu về "
            "phòng cháy và chữa cháy",
            "At:Kiểm định phương tiện phòng cháy, chữa cháy|Giấy chứng nhận kiểm định",
            "Ct:giấy xác nhận đủ điều kiện kinh doanh dịch vụ phòng cháy, chữa cháy",
            "Ct:chứng chỉ hành nghề tư vấn về phòng cháy và chữa cháy",
            "Ct:giấy chứng nhận huấn luyện nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "At:Phục hồi hoạt động của cơ sở, phương tiện giao thông cơ giới, hộ gia đình",
            "At:Huấn luyện nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ",
        ),
    ),
    _field(
        "GPLX|Giấy phép lái xe, đăng ký xe|congan|fl|cn",
        ("36/2024/QH15|Luật Trật tự, an toàn giao thông đường bộ",),
        (
            *(
                f"At:Sát hạch, cấp giấy phép lái xe hạng {c}|Giấy phép lái xe hạng {c}"
                for c in _LICENCE_CLASSES
            ),
            "At:Cấp lại giấy phép lái xe|Giấy phép lái xe",
            "At:Đổi giấy phép lái xe do ngành Giao thông vận tải cấp|Giấy phép lái xe",
            "At:Đổi giấy phép lái xe do nước ngoài cấp|Giấy phép lái xe",
            "At:Cấp giấy phép lái xe quốc tế|Giấy phép lái xe quốc tế",
            "At:Đăng ký xe lần đầu|Chứng nhận đăng ký xe và biển số xe",
            "At:Đăng ký sang tên xe|Chứng nhận đăng ký xe",
            "At:Cấp đổi chứng nhận đăng ký xe, biển số xe",
            "At:Thu hồi chứng nhận đăng ký xe, biển số xe",
            "At:Đăng ký xe tạm thời|Chứng nhận đăng ký xe tạm thời",
            "Ct:giấy chứng nhận đủ điều kiện về an ninh, trật tự",
        ),
    ),
    _field(
        "XNC|Xuất nhập cảnh|congan|fm|cnv",
        (
            "49/2019/QH14|Luật Xuất cảnh, nhập cảnh của công dân Việt Nam",
            (
                "47/2014/QH13|Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài "
                "tại Việt Nam"
            ),
        ),
        (
            "At:Cấp hộ chiếu phổ thông lần đầu|Hộ chiếu phổ thông",
            "At:Cấp lại hộ chiếu phổ thông|Hộ chiếu phổ thông",
            "At:Khôi phục giá trị sử dụng hộ chiếu phổ thông",
            "At:Trình báo mất hộ chiếu phổ thông|Văn bản xác nhận trình báo mất hộ chiếu",
            "At:Cấp thị thực cho người nước ngoài tại Việt Nam|Thị thực",
            "At:Gia hạn tạm trú cho người nước ngoài tại Việt Nam",
            "Ct:thẻ tạm trú cho người nước ngoài",
            "At:Cấp thẻ thường trú cho người nước ngoài|Thẻ thường trú",
            "At:Cấp lại thẻ thường trú cho người nước ngoài|Thẻ thường trú",
            "At:Cấp giấy phép vào khu vực cấm, khu vực biên giới cho người nước ngoài",
            "At:Cấp thẻ ABTC cho doanh nhân Việt Nam|Thẻ đi lại của doanh nhân APEC",
            "At:Giải quyết cho người nước ngoài thường trú tại Việt Nam",
            "At:Cấp giấy phép xuất nhập cảnh cho người không quốc tịch cư trú tại Việt Nam",
            "At:Cấp giấy thông hành biên giới|Giấy thông hành biên giới",
        ),
        ("Tờ khai đề nghị cấp hộ chiếu", "Ảnh chân dung cỡ 4x6 cm", "Hộ chiếu cũ (nếu có)"),
    ),
    _field(
        "VKVLN|Quản lý vũ khí, vật liệu nổ và công cụ hỗ trợ|congan|nm|dtq",
        ("42/2024/QH15|Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",),
        (
            "Lt:giấy phép sử dụng công cụ hỗ trợ",
            "Lt:giấy phép trang bị công cụ hỗ trợ",
            "At:Cấp giấy phép mua pháo hoa để sử dụng",
            "At:Cấp giấy phép vận chuyển vật liệu nổ công nghiệp",
            "At:Cấp giấy phép sửa chữa vũ khí, công cụ hỗ trợ",
        ),
    ),
    _field(
        "PCTNXH|Phòng, chống tệ nạn xã hội|congan|n0|ct",
        ("73/2021/QH14|Luật Phòng, chống ma túy",),
        (
            "Lt:giấy phép hoạt động cai nghiện ma túy tự nguyện",
            "At:Công bố cơ sở cai nghiện ma túy tự nguyện đủ điều kiện cung cấp dịch vụ cai nghiện "
            "ma túy tự nguyện",
            "Ax:Đăng ký cai nghiện ma túy tự nguyện",
            "Ax:Hỗ trợ nạn nhân bị mua bán trở về",
            "Ax:Đăng ký cai nghiện ma túy tại gia đình, cộng đồng",
        ),
    ),
    _field(
        "DODAC|Đo đạc, bản đồ và thông tin địa lý|nnmt|nm|dt",
        ("27/2018/QH14|Luật Đo đạc và bản đồ",),
        (
            "Lt:giấy phép hoạt động đo đạc và bản đồ hạng II",
            "Ct:chứng chỉ hành nghề đo đạc và bản đồ hạng II",
            "At:Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ|Văn bản cung cấp thông tin, "
            "dữ liệu",
        ),
    ),
    _field(
        "KTTV|Khí tượng thủy văn|nnmt|nm|dt",
        ("90/2015/QH13|Luật Khí tượng thủy văn",),
        (
            "Lt:giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn",
            "At:Cung cấp thông tin, dữ liệu khí tượng thủy văn",
        ),
    ),
    _field(
        "BIEN|Biển và hải đảo|nnmt|sh|dht",
        (
            "82/2015/QH13|Luật Tài nguyên, môi trường biển và hải đảo",
            (
                "11/2021/NĐ-CP|Nghị định quy định việc giao các khu vực biển nhất định cho tổ "
                "chức, "
                "cá nhân khai thác, sử dụng tài nguyên biển"
            ),
        ),
        (
            "At:Giao khu vực biển|Quyết định giao khu vực biển",
            "At:Gia hạn quyết định giao khu vực biển",
            "At:Sửa đổi, bổ sung quyết định giao khu vực biển",
            "At:Trả lại khu vực biển",
            "At:Thu hồi khu vực biển",
            "At:Thiết lập hành lang bảo vệ bờ biển",
        ),
    ),
    _field(
        "QLCL|Quản lý chất lượng nông lâm sản và thủy sản|nnmt|nm|dh",
        ("55/2010/QH12|Luật An toàn thực phẩm",),
        (
            "Ct:giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản",
            "At:Cấp giấy xác nhận kiến thức an toàn thực phẩm cho chủ cơ sở và người trực tiếp sản "
            "xuất, kinh doanh nông, lâm, thủy sản",
            "At:Kiểm tra, chứng nhận chất lượng muối nhập khẩu",
            "Ax:Ký cam kết sản xuất thực phẩm an toàn đối với cơ sở sản xuất ban đầu nhỏ lẻ",
        ),
    ),
    _field(
        "ATVSLD|An toàn, vệ sinh lao động|noivu|nl|dht",
        ("84/2015/QH13|Luật An toàn, vệ sinh lao động",),
        (
            "Ct:giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động hạng A",
            "At:Khai báo với cơ quan quản lý nhà nước về an toàn, vệ sinh lao động khi đưa vào sử "
            "dụng máy, thiết bị có yêu cầu nghiêm ngặt",
            "At:Hỗ trợ chi phí huấn luyện an toàn, vệ sinh lao động cho doanh nghiệp",
            "At:Hỗ trợ chuyển đổi nghề nghiệp cho người bị tai nạn lao động, bệnh nghề nghiệp",
            "At:Khai báo, điều tra tai nạn lao động nghiêm trọng",
            "At:Đăng ký tổ chức huấn luyện an toàn, vệ sinh lao động",
        ),
    ),
    _field(
        "TCBM|Tổ chức bộ máy, chính quyền địa phương|noivu|s0|q",
        ("72/2025/QH15|Luật Tổ chức chính quyền địa phương",),
        (
            "At:Thẩm định thành lập đơn vị sự nghiệp công lập",
            "At:Thẩm định tổ chức lại, giải thể đơn vị sự nghiệp công lập",
            "At:Thẩm định thành lập tổ chức hành chính",
            "At:Thẩm định đề án vị trí việc làm",
            "At:Phân loại đơn vị hành chính cấp xã",
            "At:Xác nhận phiên hiệu thanh niên xung phong",
        ),
    ),
    _field(
        "THVIEN|Thư viện|vhttdl|fl|ct",
        ("46/2019/QH14|Luật Thư viện",),
        (
            "At:Thông báo thành lập thư viện chuyên ngành ở cấp tỉnh",
            "At:Thông báo sáp nhập, hợp nhất, chia, tách thư viện chuyên ngành ở cấp tỉnh",
            "At:Thông báo chấm dứt hoạt động thư viện chuyên ngành ở cấp tỉnh",
            "Ax:Thông báo thành lập thư viện cộng đồng",
            "Ax:Thông báo thành lập thư viện đối với thư viện cơ sở giáo dục mầm non, phổ thông",
            "Ax:Thông báo chấm dứt hoạt động thư viện cộng đồng",
        ),
    ),
    _field(
        "MTNA|Mỹ thuật, nhiếp ảnh, triển lãm và quảng cáo|vhttdl|nl|cdt",
        ("23/2019/NĐ-CP|Nghị định về hoạt động triển lãm", "16/2012/QH13|Luật Quảng cáo"),
        (
            "At:Cấp giấy phép tổ chức triển lãm tác phẩm nhiếp ảnh tại Việt Nam",
            "At:Cấp giấy phép đưa tác phẩm nhiếp ảnh từ Việt Nam ra nước ngoài triển lãm",
            "At:Thông báo tổ chức triển lãm do tổ chức ở địa phương đưa ra nước ngoài",
            "At:Cấp giấy phép tổ chức trại sáng tác điêu khắc",
            "Lt:giấy phép thành lập văn phòng đại diện của doanh nghiệp quảng cáo nước ngoài tại "
            "Việt Nam",
            "At:Cấp giấy phép phân loại phim",
            "At:Thông báo tổ chức liên hoan phim, chương trình phim",
        ),
    ),
    _field(
        "PPP|Đầu tư theo phương thức đối tác công tư|taichinh|s0|dn",
        ("64/2020/QH14|Luật Đầu tư theo phương thức đối tác công tư",),
        (
            "At:Thẩm định báo cáo nghiên cứu tiền khả thi dự án PPP",
            "At:Quyết định chủ trương đầu tư dự án PPP",
            "At:Thẩm định báo cáo nghiên cứu khả thi dự án PPP",
            "At:Phê duyệt dự án PPP",
            "At:Điều chỉnh dự án PPP",
            "At:Quyết định chủ trương đầu tư dự án PPP do nhà đầu tư đề xuất",
        ),
    ),
    _field(
        "SHTT|Sở hữu trí tuệ|khcn|nl|cdht",
        ("07/2022/QH15|Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ",),
        (
            "At:Cho phép sử dụng địa danh để đăng ký nhãn hiệu chứng nhận, nhãn hiệu tập thể",
            "At:Cho phép sử dụng chỉ dẫn địa lý|Quyết định cho phép sử dụng chỉ dẫn địa lý",
            "At:Cấp giấy chứng nhận tổ chức đủ điều kiện hoạt động giám định sở hữu công nghiệp",
        ),
    ),
)

# People and places -------------------------------------------------------------------------

SURNAMES: tuple[tuple[str, int], ...] = tuple(
    (pair.split(":")[0], int(pair.split(":")[1]))
    for pair in _words(
        "Nguyễn:31 Trần:11 Lê:9 Phạm:7 Hoàng:5 Huỳnh:3 Phan:4 Vũ:4 Võ:3 Đặng:2 Bùi:2 Đỗ:2 Hồ:2 "
        "Ngô:2 Dương:1 Lý:1 Đinh:1 Trịnh:1 Lương:1 Mai:1 Tạ:1 Đoàn:1 Cao:1 Lưu:1 Hà:1 Chu:1 "
        "Quách:1 Tô:1 Lâm:1 Kiều:1"
    )
)
MIDDLE_MALE = _words(
    "Văn Văn Văn Hữu Đức Minh Quang Công Thanh Xuân Ngọc Anh Đình Bá Quốc Trung Hoàng Tuấn "
    "Thế Mạnh Gia Duy Tiến Hải"
)
MIDDLE_FEMALE = _words(
    "Thị Thị Thị Thị Ngọc Thu Thanh Minh Thùy Kim Hồng Phương Bích Mai Khánh Diệu Bảo Hải Quỳnh Mỹ"
)
GIVEN_MALE = _words(
    "An Bình Cường Dũng Duy Đạt Đông Giang Hải Hào Hậu Hiếu Hòa Hoàng Hùng Huy Khang Khánh Khoa "
    "Kiên Lâm Long Lộc Luân Mạnh Minh Nam Nghĩa Nhân Phong Phúc Quân Quang Quý Sơn Tài Tâm "
    "Thắng Thành Thiện Thịnh Thông Toàn Trí Trung Trường Tuấn Tùng Vinh Việt Vũ"
)
GIVEN_FEMALE = _words(
    "Anh Ánh Bích Châu Chi Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Huế Hương Hường Lan Liên "
    "Linh Loan Ly Mai My Nga Ngân Ngọc Nhung Oanh Phương Quyên Quỳnh Tâm Thảo Thoa Thu Thúy "
    "Thủy Trang Trinh Tuyết Uyên Vân Vy Xuân Yến"
)

# Two of these make a place name ("Tân Phú", "Hòa Bình"); pairs are drawn at random.
PLACE_SYLLABLES = _words(
    "An Bình Phú Tân Hòa Hưng Long Thạnh Thịnh Phước Mỹ Vĩnh Xuân Hiệp Thuận Đức Lộc Tiến "
    "Quang Minh Thành Sơn Hà Lâm Thủy Kim Ngọc Phong Cát Yên Khánh Thọ Hải Hồng Thái Lạc Nghĩa "
    "Hợp Quảng Đại Trường Cẩm Gia Đông Tây Nam Bắc Trung Lợi Định Hội Lương Tường Dương Vân "
    "Châu Liên Phúc Thắng Quý"
)

VILLAGES = _list(
    "Thôn Đông; Thôn Tây; Thôn Trung; Thôn Nam; Thôn Bắc; Thôn Tân Lập; Thôn Đồng Tâm; "
    "Thôn Bình Minh; Thôn Phú Lợi; Thôn Đoàn Kết; Thôn Thống Nhất; Thôn Tiền Phong; "
    "Thôn Quyết Thắng; Thôn Đồng Xuân; Thôn Hợp Thành; Thôn Tân Hòa; Thôn 1; Thôn 2; Thôn 3; "
    "Thôn 4; Thôn 5; Thôn 6; Thôn 7; Thôn 8"
)
STREETS = _list(
    "Lê Lợi; Trần Hưng Đạo; Nguyễn Huệ; Hai Bà Trưng; Lý Thường Kiệt; Quang Trung; Hùng Vương; "
    "Nguyễn Trãi; Lê Duẩn; Phan Chu Trinh; Võ Thị Sáu; Điện Biên Phủ; Bà Triệu; Ngô Quyền; "
    "Trần Phú; Nguyễn Du; Lê Hồng Phong; Phan Đình Phùng"
)
COMPANY_TRADES = _list(
    "Xây dựng; Thương mại và Dịch vụ; Vận tải; Nông sản; Xuất nhập khẩu; Đầu tư và Phát triển; "
    "Cơ khí; Thực phẩm; Du lịch; Môi trường; Công nghệ; Vật liệu xây dựng; Dược phẩm; Thủy sản; "
    "Tư vấn thiết kế; Điện nước"
)
COMPANY_WORDS = _words(
    "Phát Thịnh Long Hưng An Phú Minh Hoàng Thành Đạt Tín Khang Vượng Lộc Gia Việt Tân Đông Nam "
    "Sơn Bảo Trường"
)
