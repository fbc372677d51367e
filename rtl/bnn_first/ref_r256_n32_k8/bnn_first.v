// cimgen 0.1.0: generated file, do not edit.
// block: bnn_first
// module: bnn_first
// parameters: R=256 NEURONS=32 K=8 SETTLE=2 RST=sync
// regenerate: cimgen gen bnn_first R=256 NEURONS=32 K=8 SETTLE=2 RST=sync -o DIR

module bnn_first (
  input  wire         clk_i,  // clock
  input  wire         rst_ni,  // synchronous reset, active low
  input  wire         cfg_we_i,  // write cfg_wdata_i to register cfg_addr_i (REG_T, REG_THR + n)
  input  wire [5:0]   cfg_addr_i,
  input  wire [15:0]  cfg_wdata_i,
  input  wire         in_valid_i,  // input stream: one element x[r] per beat, rows 0.. in order
  output wire         in_ready_o,
  input  wire [7:0]   in_data_i,  // x[r], unsigned
  output wire         out_valid_o,  // output stream: one beat per vector
  input  wire         out_ready_i,
  output wire [31:0]  out_sign_o,  // neuron n's output in bit n: 1 = +1 (A >= theta), 0 = -1
  output wire [511:0] out_acc_o,  // neuron n's A = 2^T * acc in bits n*A_W ..
  output wire         row_en_o,  // the rows are driven (settle and sample cycles)
  output wire [255:0] row_o,  // bit j of x[r] on row r (0 while not driven)
  output wire         sh_o,  // sample strobe: pc_i is read at this edge
  input  wire [287:0] pc_i  // per neuron: popcount of the driven plane, PC_W bits each
);
  // Analog macro interface

  // Registers: planes kept T and one threshold per neuron, clamped as written
  reg [3:0] t_q;  // planes kept, 1..K
  wire [15:0] t_c;  // T as written, clamped to 1..K
  assign t_c = (cfg_wdata_i < 16'd1) ? 16'd1 : ((cfg_wdata_i > 16'd8) ? 16'd8 : cfg_wdata_i);
  wire [15:0] th_c;  // theta as written, clamped to 0..A_MAX+1
  assign th_c = (cfg_wdata_i > 16'd65281) ? 16'd65281 : cfg_wdata_i;
  reg [15:0] th0_q;
  reg [15:0] th1_q;
  reg [15:0] th2_q;
  reg [15:0] th3_q;
  reg [15:0] th4_q;
  reg [15:0] th5_q;
  reg [15:0] th6_q;
  reg [15:0] th7_q;
  reg [15:0] th8_q;
  reg [15:0] th9_q;
  reg [15:0] th10_q;
  reg [15:0] th11_q;
  reg [15:0] th12_q;
  reg [15:0] th13_q;
  reg [15:0] th14_q;
  reg [15:0] th15_q;
  reg [15:0] th16_q;
  reg [15:0] th17_q;
  reg [15:0] th18_q;
  reg [15:0] th19_q;
  reg [15:0] th20_q;
  reg [15:0] th21_q;
  reg [15:0] th22_q;
  reg [15:0] th23_q;
  reg [15:0] th24_q;
  reg [15:0] th25_q;
  reg [15:0] th26_q;
  reg [15:0] th27_q;
  reg [15:0] th28_q;
  reg [15:0] th29_q;
  reg [15:0] th30_q;
  reg [15:0] th31_q;
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      t_q <= 4'd8;
      th0_q <= 16'd0;
      th1_q <= 16'd0;
      th2_q <= 16'd0;
      th3_q <= 16'd0;
      th4_q <= 16'd0;
      th5_q <= 16'd0;
      th6_q <= 16'd0;
      th7_q <= 16'd0;
      th8_q <= 16'd0;
      th9_q <= 16'd0;
      th10_q <= 16'd0;
      th11_q <= 16'd0;
      th12_q <= 16'd0;
      th13_q <= 16'd0;
      th14_q <= 16'd0;
      th15_q <= 16'd0;
      th16_q <= 16'd0;
      th17_q <= 16'd0;
      th18_q <= 16'd0;
      th19_q <= 16'd0;
      th20_q <= 16'd0;
      th21_q <= 16'd0;
      th22_q <= 16'd0;
      th23_q <= 16'd0;
      th24_q <= 16'd0;
      th25_q <= 16'd0;
      th26_q <= 16'd0;
      th27_q <= 16'd0;
      th28_q <= 16'd0;
      th29_q <= 16'd0;
      th30_q <= 16'd0;
      th31_q <= 16'd0;
    end else begin
      if (cfg_we_i && (cfg_addr_i == 6'd0)) begin
        t_q <= t_c[3:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd1)) begin
        th0_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd2)) begin
        th1_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd3)) begin
        th2_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd4)) begin
        th3_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd5)) begin
        th4_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd6)) begin
        th5_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd7)) begin
        th6_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd8)) begin
        th7_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd9)) begin
        th8_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd10)) begin
        th9_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd11)) begin
        th10_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd12)) begin
        th11_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd13)) begin
        th12_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd14)) begin
        th13_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd15)) begin
        th14_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd16)) begin
        th15_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd17)) begin
        th16_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd18)) begin
        th17_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd19)) begin
        th18_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd20)) begin
        th19_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd21)) begin
        th20_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd22)) begin
        th21_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd23)) begin
        th22_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd24)) begin
        th23_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd25)) begin
        th24_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd26)) begin
        th25_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd27)) begin
        th26_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd28)) begin
        th27_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd29)) begin
        th28_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd30)) begin
        th29_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd31)) begin
        th30_q <= th_c[15:0];
      end
      if (cfg_we_i && (cfg_addr_i == 6'd32)) begin
        th31_q <= th_c[15:0];
      end
    end
  end

  wire start;  // the buffered vector starts (from IDLE, or as the previous one closes)
  // Input buffer: the elements shifted in, element 0 ends lowest
  reg [2047:0] ib_q;  // elements taken so far
  reg [8:0] cnt_q;  // elements in ib_q
  wire full;  // ib_q holds a whole vector
  assign full = cnt_q == 9'd256;
  assign in_ready_o = !full;
  wire take;  // an element is taken
  assign take = in_valid_i && !full;
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      cnt_q <= 9'd0;
    end else if (start) begin
      cnt_q <= 9'd0;
    end else if (take) begin
      cnt_q <= cnt_q + 9'd1;
    end
  end
  always @(posedge clk_i) begin
    if (take) begin
      ib_q <= {in_data_i, ib_q[2047:8]};
    end
  end

  // Engine: IDLE, DRIVE (plane j: SETTLE cycles, then the sample), CLOSE
  localparam [1:0] StIdle = 2'd0;  // waiting for a vector
  localparam [1:0] StDrive = 2'd1;  // plane j driven, SETTLE cycles, then sampled
  localparam [1:0] StClose = 2'd2;  // A >= theta into the output register (waits while it is full)
  reg [1:0] st_q;  // engine
  reg [1:0] st_d;  // next state
  reg [2047:0] x_q;  // the vector being driven
  reg [3:0] tr_q;  // T of the vector being driven
  reg [3:0] j_q;  // plane driven, K-T .. K-1
  reg [1:0] s_q;  // cycles plane j has been driven, 0..SETTLE
  reg out_valid_q;
  wire out_free;  // the output register can take a vector this cycle
  assign out_free = !out_valid_q || out_ready_i;
  assign start = full && ((st_q == StIdle) || ((st_q == StClose) && out_free));
  wire sample;  // the popcounts of plane j are read at this edge
  assign sample = (st_q == StDrive) && (s_q == 2'd2);
  wire last;  // plane j is the MSB
  assign last = j_q == 4'd7;
  assign row_en_o = st_q == StDrive;
  assign sh_o = sample;
  wire [255:0] plane0;
  assign plane0 = {x_q[2040], x_q[2032], x_q[2024], x_q[2016], x_q[2008], x_q[2000], x_q[1992], x_q[1984], x_q[1976],
      x_q[1968], x_q[1960], x_q[1952], x_q[1944], x_q[1936], x_q[1928], x_q[1920], x_q[1912], x_q[1904], x_q[1896],
      x_q[1888], x_q[1880], x_q[1872], x_q[1864], x_q[1856], x_q[1848], x_q[1840], x_q[1832], x_q[1824], x_q[1816],
      x_q[1808], x_q[1800], x_q[1792], x_q[1784], x_q[1776], x_q[1768], x_q[1760], x_q[1752], x_q[1744], x_q[1736],
      x_q[1728], x_q[1720], x_q[1712], x_q[1704], x_q[1696], x_q[1688], x_q[1680], x_q[1672], x_q[1664], x_q[1656],
      x_q[1648], x_q[1640], x_q[1632], x_q[1624], x_q[1616], x_q[1608], x_q[1600], x_q[1592], x_q[1584], x_q[1576],
      x_q[1568], x_q[1560], x_q[1552], x_q[1544], x_q[1536], x_q[1528], x_q[1520], x_q[1512], x_q[1504], x_q[1496],
      x_q[1488], x_q[1480], x_q[1472], x_q[1464], x_q[1456], x_q[1448], x_q[1440], x_q[1432], x_q[1424], x_q[1416],
      x_q[1408], x_q[1400], x_q[1392], x_q[1384], x_q[1376], x_q[1368], x_q[1360], x_q[1352], x_q[1344], x_q[1336],
      x_q[1328], x_q[1320], x_q[1312], x_q[1304], x_q[1296], x_q[1288], x_q[1280], x_q[1272], x_q[1264], x_q[1256],
      x_q[1248], x_q[1240], x_q[1232], x_q[1224], x_q[1216], x_q[1208], x_q[1200], x_q[1192], x_q[1184], x_q[1176],
      x_q[1168], x_q[1160], x_q[1152], x_q[1144], x_q[1136], x_q[1128], x_q[1120], x_q[1112], x_q[1104], x_q[1096],
      x_q[1088], x_q[1080], x_q[1072], x_q[1064], x_q[1056], x_q[1048], x_q[1040], x_q[1032], x_q[1024], x_q[1016],
      x_q[1008], x_q[1000], x_q[992], x_q[984], x_q[976], x_q[968], x_q[960], x_q[952], x_q[944], x_q[936], x_q[928],
      x_q[920], x_q[912], x_q[904], x_q[896], x_q[888], x_q[880], x_q[872], x_q[864], x_q[856], x_q[848], x_q[840],
      x_q[832], x_q[824], x_q[816], x_q[808], x_q[800], x_q[792], x_q[784], x_q[776], x_q[768], x_q[760], x_q[752],
      x_q[744], x_q[736], x_q[728], x_q[720], x_q[712], x_q[704], x_q[696], x_q[688], x_q[680], x_q[672], x_q[664],
      x_q[656], x_q[648], x_q[640], x_q[632], x_q[624], x_q[616], x_q[608], x_q[600], x_q[592], x_q[584], x_q[576],
      x_q[568], x_q[560], x_q[552], x_q[544], x_q[536], x_q[528], x_q[520], x_q[512], x_q[504], x_q[496], x_q[488],
      x_q[480], x_q[472], x_q[464], x_q[456], x_q[448], x_q[440], x_q[432], x_q[424], x_q[416], x_q[408], x_q[400],
      x_q[392], x_q[384], x_q[376], x_q[368], x_q[360], x_q[352], x_q[344], x_q[336], x_q[328], x_q[320], x_q[312],
      x_q[304], x_q[296], x_q[288], x_q[280], x_q[272], x_q[264], x_q[256], x_q[248], x_q[240], x_q[232], x_q[224],
      x_q[216], x_q[208], x_q[200], x_q[192], x_q[184], x_q[176], x_q[168], x_q[160], x_q[152], x_q[144], x_q[136],
      x_q[128], x_q[120], x_q[112], x_q[104], x_q[96], x_q[88], x_q[80], x_q[72], x_q[64], x_q[56], x_q[48], x_q[40],
      x_q[32], x_q[24], x_q[16], x_q[8], x_q[0]};
  wire [255:0] plane1;
  assign plane1 = {x_q[2041], x_q[2033], x_q[2025], x_q[2017], x_q[2009], x_q[2001], x_q[1993], x_q[1985], x_q[1977],
      x_q[1969], x_q[1961], x_q[1953], x_q[1945], x_q[1937], x_q[1929], x_q[1921], x_q[1913], x_q[1905], x_q[1897],
      x_q[1889], x_q[1881], x_q[1873], x_q[1865], x_q[1857], x_q[1849], x_q[1841], x_q[1833], x_q[1825], x_q[1817],
      x_q[1809], x_q[1801], x_q[1793], x_q[1785], x_q[1777], x_q[1769], x_q[1761], x_q[1753], x_q[1745], x_q[1737],
      x_q[1729], x_q[1721], x_q[1713], x_q[1705], x_q[1697], x_q[1689], x_q[1681], x_q[1673], x_q[1665], x_q[1657],
      x_q[1649], x_q[1641], x_q[1633], x_q[1625], x_q[1617], x_q[1609], x_q[1601], x_q[1593], x_q[1585], x_q[1577],
      x_q[1569], x_q[1561], x_q[1553], x_q[1545], x_q[1537], x_q[1529], x_q[1521], x_q[1513], x_q[1505], x_q[1497],
      x_q[1489], x_q[1481], x_q[1473], x_q[1465], x_q[1457], x_q[1449], x_q[1441], x_q[1433], x_q[1425], x_q[1417],
      x_q[1409], x_q[1401], x_q[1393], x_q[1385], x_q[1377], x_q[1369], x_q[1361], x_q[1353], x_q[1345], x_q[1337],
      x_q[1329], x_q[1321], x_q[1313], x_q[1305], x_q[1297], x_q[1289], x_q[1281], x_q[1273], x_q[1265], x_q[1257],
      x_q[1249], x_q[1241], x_q[1233], x_q[1225], x_q[1217], x_q[1209], x_q[1201], x_q[1193], x_q[1185], x_q[1177],
      x_q[1169], x_q[1161], x_q[1153], x_q[1145], x_q[1137], x_q[1129], x_q[1121], x_q[1113], x_q[1105], x_q[1097],
      x_q[1089], x_q[1081], x_q[1073], x_q[1065], x_q[1057], x_q[1049], x_q[1041], x_q[1033], x_q[1025], x_q[1017],
      x_q[1009], x_q[1001], x_q[993], x_q[985], x_q[977], x_q[969], x_q[961], x_q[953], x_q[945], x_q[937], x_q[929],
      x_q[921], x_q[913], x_q[905], x_q[897], x_q[889], x_q[881], x_q[873], x_q[865], x_q[857], x_q[849], x_q[841],
      x_q[833], x_q[825], x_q[817], x_q[809], x_q[801], x_q[793], x_q[785], x_q[777], x_q[769], x_q[761], x_q[753],
      x_q[745], x_q[737], x_q[729], x_q[721], x_q[713], x_q[705], x_q[697], x_q[689], x_q[681], x_q[673], x_q[665],
      x_q[657], x_q[649], x_q[641], x_q[633], x_q[625], x_q[617], x_q[609], x_q[601], x_q[593], x_q[585], x_q[577],
      x_q[569], x_q[561], x_q[553], x_q[545], x_q[537], x_q[529], x_q[521], x_q[513], x_q[505], x_q[497], x_q[489],
      x_q[481], x_q[473], x_q[465], x_q[457], x_q[449], x_q[441], x_q[433], x_q[425], x_q[417], x_q[409], x_q[401],
      x_q[393], x_q[385], x_q[377], x_q[369], x_q[361], x_q[353], x_q[345], x_q[337], x_q[329], x_q[321], x_q[313],
      x_q[305], x_q[297], x_q[289], x_q[281], x_q[273], x_q[265], x_q[257], x_q[249], x_q[241], x_q[233], x_q[225],
      x_q[217], x_q[209], x_q[201], x_q[193], x_q[185], x_q[177], x_q[169], x_q[161], x_q[153], x_q[145], x_q[137],
      x_q[129], x_q[121], x_q[113], x_q[105], x_q[97], x_q[89], x_q[81], x_q[73], x_q[65], x_q[57], x_q[49], x_q[41],
      x_q[33], x_q[25], x_q[17], x_q[9], x_q[1]};
  wire [255:0] plane2;
  assign plane2 = {x_q[2042], x_q[2034], x_q[2026], x_q[2018], x_q[2010], x_q[2002], x_q[1994], x_q[1986], x_q[1978],
      x_q[1970], x_q[1962], x_q[1954], x_q[1946], x_q[1938], x_q[1930], x_q[1922], x_q[1914], x_q[1906], x_q[1898],
      x_q[1890], x_q[1882], x_q[1874], x_q[1866], x_q[1858], x_q[1850], x_q[1842], x_q[1834], x_q[1826], x_q[1818],
      x_q[1810], x_q[1802], x_q[1794], x_q[1786], x_q[1778], x_q[1770], x_q[1762], x_q[1754], x_q[1746], x_q[1738],
      x_q[1730], x_q[1722], x_q[1714], x_q[1706], x_q[1698], x_q[1690], x_q[1682], x_q[1674], x_q[1666], x_q[1658],
      x_q[1650], x_q[1642], x_q[1634], x_q[1626], x_q[1618], x_q[1610], x_q[1602], x_q[1594], x_q[1586], x_q[1578],
      x_q[1570], x_q[1562], x_q[1554], x_q[1546], x_q[1538], x_q[1530], x_q[1522], x_q[1514], x_q[1506], x_q[1498],
      x_q[1490], x_q[1482], x_q[1474], x_q[1466], x_q[1458], x_q[1450], x_q[1442], x_q[1434], x_q[1426], x_q[1418],
      x_q[1410], x_q[1402], x_q[1394], x_q[1386], x_q[1378], x_q[1370], x_q[1362], x_q[1354], x_q[1346], x_q[1338],
      x_q[1330], x_q[1322], x_q[1314], x_q[1306], x_q[1298], x_q[1290], x_q[1282], x_q[1274], x_q[1266], x_q[1258],
      x_q[1250], x_q[1242], x_q[1234], x_q[1226], x_q[1218], x_q[1210], x_q[1202], x_q[1194], x_q[1186], x_q[1178],
      x_q[1170], x_q[1162], x_q[1154], x_q[1146], x_q[1138], x_q[1130], x_q[1122], x_q[1114], x_q[1106], x_q[1098],
      x_q[1090], x_q[1082], x_q[1074], x_q[1066], x_q[1058], x_q[1050], x_q[1042], x_q[1034], x_q[1026], x_q[1018],
      x_q[1010], x_q[1002], x_q[994], x_q[986], x_q[978], x_q[970], x_q[962], x_q[954], x_q[946], x_q[938], x_q[930],
      x_q[922], x_q[914], x_q[906], x_q[898], x_q[890], x_q[882], x_q[874], x_q[866], x_q[858], x_q[850], x_q[842],
      x_q[834], x_q[826], x_q[818], x_q[810], x_q[802], x_q[794], x_q[786], x_q[778], x_q[770], x_q[762], x_q[754],
      x_q[746], x_q[738], x_q[730], x_q[722], x_q[714], x_q[706], x_q[698], x_q[690], x_q[682], x_q[674], x_q[666],
      x_q[658], x_q[650], x_q[642], x_q[634], x_q[626], x_q[618], x_q[610], x_q[602], x_q[594], x_q[586], x_q[578],
      x_q[570], x_q[562], x_q[554], x_q[546], x_q[538], x_q[530], x_q[522], x_q[514], x_q[506], x_q[498], x_q[490],
      x_q[482], x_q[474], x_q[466], x_q[458], x_q[450], x_q[442], x_q[434], x_q[426], x_q[418], x_q[410], x_q[402],
      x_q[394], x_q[386], x_q[378], x_q[370], x_q[362], x_q[354], x_q[346], x_q[338], x_q[330], x_q[322], x_q[314],
      x_q[306], x_q[298], x_q[290], x_q[282], x_q[274], x_q[266], x_q[258], x_q[250], x_q[242], x_q[234], x_q[226],
      x_q[218], x_q[210], x_q[202], x_q[194], x_q[186], x_q[178], x_q[170], x_q[162], x_q[154], x_q[146], x_q[138],
      x_q[130], x_q[122], x_q[114], x_q[106], x_q[98], x_q[90], x_q[82], x_q[74], x_q[66], x_q[58], x_q[50], x_q[42],
      x_q[34], x_q[26], x_q[18], x_q[10], x_q[2]};
  wire [255:0] plane3;
  assign plane3 = {x_q[2043], x_q[2035], x_q[2027], x_q[2019], x_q[2011], x_q[2003], x_q[1995], x_q[1987], x_q[1979],
      x_q[1971], x_q[1963], x_q[1955], x_q[1947], x_q[1939], x_q[1931], x_q[1923], x_q[1915], x_q[1907], x_q[1899],
      x_q[1891], x_q[1883], x_q[1875], x_q[1867], x_q[1859], x_q[1851], x_q[1843], x_q[1835], x_q[1827], x_q[1819],
      x_q[1811], x_q[1803], x_q[1795], x_q[1787], x_q[1779], x_q[1771], x_q[1763], x_q[1755], x_q[1747], x_q[1739],
      x_q[1731], x_q[1723], x_q[1715], x_q[1707], x_q[1699], x_q[1691], x_q[1683], x_q[1675], x_q[1667], x_q[1659],
      x_q[1651], x_q[1643], x_q[1635], x_q[1627], x_q[1619], x_q[1611], x_q[1603], x_q[1595], x_q[1587], x_q[1579],
      x_q[1571], x_q[1563], x_q[1555], x_q[1547], x_q[1539], x_q[1531], x_q[1523], x_q[1515], x_q[1507], x_q[1499],
      x_q[1491], x_q[1483], x_q[1475], x_q[1467], x_q[1459], x_q[1451], x_q[1443], x_q[1435], x_q[1427], x_q[1419],
      x_q[1411], x_q[1403], x_q[1395], x_q[1387], x_q[1379], x_q[1371], x_q[1363], x_q[1355], x_q[1347], x_q[1339],
      x_q[1331], x_q[1323], x_q[1315], x_q[1307], x_q[1299], x_q[1291], x_q[1283], x_q[1275], x_q[1267], x_q[1259],
      x_q[1251], x_q[1243], x_q[1235], x_q[1227], x_q[1219], x_q[1211], x_q[1203], x_q[1195], x_q[1187], x_q[1179],
      x_q[1171], x_q[1163], x_q[1155], x_q[1147], x_q[1139], x_q[1131], x_q[1123], x_q[1115], x_q[1107], x_q[1099],
      x_q[1091], x_q[1083], x_q[1075], x_q[1067], x_q[1059], x_q[1051], x_q[1043], x_q[1035], x_q[1027], x_q[1019],
      x_q[1011], x_q[1003], x_q[995], x_q[987], x_q[979], x_q[971], x_q[963], x_q[955], x_q[947], x_q[939], x_q[931],
      x_q[923], x_q[915], x_q[907], x_q[899], x_q[891], x_q[883], x_q[875], x_q[867], x_q[859], x_q[851], x_q[843],
      x_q[835], x_q[827], x_q[819], x_q[811], x_q[803], x_q[795], x_q[787], x_q[779], x_q[771], x_q[763], x_q[755],
      x_q[747], x_q[739], x_q[731], x_q[723], x_q[715], x_q[707], x_q[699], x_q[691], x_q[683], x_q[675], x_q[667],
      x_q[659], x_q[651], x_q[643], x_q[635], x_q[627], x_q[619], x_q[611], x_q[603], x_q[595], x_q[587], x_q[579],
      x_q[571], x_q[563], x_q[555], x_q[547], x_q[539], x_q[531], x_q[523], x_q[515], x_q[507], x_q[499], x_q[491],
      x_q[483], x_q[475], x_q[467], x_q[459], x_q[451], x_q[443], x_q[435], x_q[427], x_q[419], x_q[411], x_q[403],
      x_q[395], x_q[387], x_q[379], x_q[371], x_q[363], x_q[355], x_q[347], x_q[339], x_q[331], x_q[323], x_q[315],
      x_q[307], x_q[299], x_q[291], x_q[283], x_q[275], x_q[267], x_q[259], x_q[251], x_q[243], x_q[235], x_q[227],
      x_q[219], x_q[211], x_q[203], x_q[195], x_q[187], x_q[179], x_q[171], x_q[163], x_q[155], x_q[147], x_q[139],
      x_q[131], x_q[123], x_q[115], x_q[107], x_q[99], x_q[91], x_q[83], x_q[75], x_q[67], x_q[59], x_q[51], x_q[43],
      x_q[35], x_q[27], x_q[19], x_q[11], x_q[3]};
  wire [255:0] plane4;
  assign plane4 = {x_q[2044], x_q[2036], x_q[2028], x_q[2020], x_q[2012], x_q[2004], x_q[1996], x_q[1988], x_q[1980],
      x_q[1972], x_q[1964], x_q[1956], x_q[1948], x_q[1940], x_q[1932], x_q[1924], x_q[1916], x_q[1908], x_q[1900],
      x_q[1892], x_q[1884], x_q[1876], x_q[1868], x_q[1860], x_q[1852], x_q[1844], x_q[1836], x_q[1828], x_q[1820],
      x_q[1812], x_q[1804], x_q[1796], x_q[1788], x_q[1780], x_q[1772], x_q[1764], x_q[1756], x_q[1748], x_q[1740],
      x_q[1732], x_q[1724], x_q[1716], x_q[1708], x_q[1700], x_q[1692], x_q[1684], x_q[1676], x_q[1668], x_q[1660],
      x_q[1652], x_q[1644], x_q[1636], x_q[1628], x_q[1620], x_q[1612], x_q[1604], x_q[1596], x_q[1588], x_q[1580],
      x_q[1572], x_q[1564], x_q[1556], x_q[1548], x_q[1540], x_q[1532], x_q[1524], x_q[1516], x_q[1508], x_q[1500],
      x_q[1492], x_q[1484], x_q[1476], x_q[1468], x_q[1460], x_q[1452], x_q[1444], x_q[1436], x_q[1428], x_q[1420],
      x_q[1412], x_q[1404], x_q[1396], x_q[1388], x_q[1380], x_q[1372], x_q[1364], x_q[1356], x_q[1348], x_q[1340],
      x_q[1332], x_q[1324], x_q[1316], x_q[1308], x_q[1300], x_q[1292], x_q[1284], x_q[1276], x_q[1268], x_q[1260],
      x_q[1252], x_q[1244], x_q[1236], x_q[1228], x_q[1220], x_q[1212], x_q[1204], x_q[1196], x_q[1188], x_q[1180],
      x_q[1172], x_q[1164], x_q[1156], x_q[1148], x_q[1140], x_q[1132], x_q[1124], x_q[1116], x_q[1108], x_q[1100],
      x_q[1092], x_q[1084], x_q[1076], x_q[1068], x_q[1060], x_q[1052], x_q[1044], x_q[1036], x_q[1028], x_q[1020],
      x_q[1012], x_q[1004], x_q[996], x_q[988], x_q[980], x_q[972], x_q[964], x_q[956], x_q[948], x_q[940], x_q[932],
      x_q[924], x_q[916], x_q[908], x_q[900], x_q[892], x_q[884], x_q[876], x_q[868], x_q[860], x_q[852], x_q[844],
      x_q[836], x_q[828], x_q[820], x_q[812], x_q[804], x_q[796], x_q[788], x_q[780], x_q[772], x_q[764], x_q[756],
      x_q[748], x_q[740], x_q[732], x_q[724], x_q[716], x_q[708], x_q[700], x_q[692], x_q[684], x_q[676], x_q[668],
      x_q[660], x_q[652], x_q[644], x_q[636], x_q[628], x_q[620], x_q[612], x_q[604], x_q[596], x_q[588], x_q[580],
      x_q[572], x_q[564], x_q[556], x_q[548], x_q[540], x_q[532], x_q[524], x_q[516], x_q[508], x_q[500], x_q[492],
      x_q[484], x_q[476], x_q[468], x_q[460], x_q[452], x_q[444], x_q[436], x_q[428], x_q[420], x_q[412], x_q[404],
      x_q[396], x_q[388], x_q[380], x_q[372], x_q[364], x_q[356], x_q[348], x_q[340], x_q[332], x_q[324], x_q[316],
      x_q[308], x_q[300], x_q[292], x_q[284], x_q[276], x_q[268], x_q[260], x_q[252], x_q[244], x_q[236], x_q[228],
      x_q[220], x_q[212], x_q[204], x_q[196], x_q[188], x_q[180], x_q[172], x_q[164], x_q[156], x_q[148], x_q[140],
      x_q[132], x_q[124], x_q[116], x_q[108], x_q[100], x_q[92], x_q[84], x_q[76], x_q[68], x_q[60], x_q[52], x_q[44],
      x_q[36], x_q[28], x_q[20], x_q[12], x_q[4]};
  wire [255:0] plane5;
  assign plane5 = {x_q[2045], x_q[2037], x_q[2029], x_q[2021], x_q[2013], x_q[2005], x_q[1997], x_q[1989], x_q[1981],
      x_q[1973], x_q[1965], x_q[1957], x_q[1949], x_q[1941], x_q[1933], x_q[1925], x_q[1917], x_q[1909], x_q[1901],
      x_q[1893], x_q[1885], x_q[1877], x_q[1869], x_q[1861], x_q[1853], x_q[1845], x_q[1837], x_q[1829], x_q[1821],
      x_q[1813], x_q[1805], x_q[1797], x_q[1789], x_q[1781], x_q[1773], x_q[1765], x_q[1757], x_q[1749], x_q[1741],
      x_q[1733], x_q[1725], x_q[1717], x_q[1709], x_q[1701], x_q[1693], x_q[1685], x_q[1677], x_q[1669], x_q[1661],
      x_q[1653], x_q[1645], x_q[1637], x_q[1629], x_q[1621], x_q[1613], x_q[1605], x_q[1597], x_q[1589], x_q[1581],
      x_q[1573], x_q[1565], x_q[1557], x_q[1549], x_q[1541], x_q[1533], x_q[1525], x_q[1517], x_q[1509], x_q[1501],
      x_q[1493], x_q[1485], x_q[1477], x_q[1469], x_q[1461], x_q[1453], x_q[1445], x_q[1437], x_q[1429], x_q[1421],
      x_q[1413], x_q[1405], x_q[1397], x_q[1389], x_q[1381], x_q[1373], x_q[1365], x_q[1357], x_q[1349], x_q[1341],
      x_q[1333], x_q[1325], x_q[1317], x_q[1309], x_q[1301], x_q[1293], x_q[1285], x_q[1277], x_q[1269], x_q[1261],
      x_q[1253], x_q[1245], x_q[1237], x_q[1229], x_q[1221], x_q[1213], x_q[1205], x_q[1197], x_q[1189], x_q[1181],
      x_q[1173], x_q[1165], x_q[1157], x_q[1149], x_q[1141], x_q[1133], x_q[1125], x_q[1117], x_q[1109], x_q[1101],
      x_q[1093], x_q[1085], x_q[1077], x_q[1069], x_q[1061], x_q[1053], x_q[1045], x_q[1037], x_q[1029], x_q[1021],
      x_q[1013], x_q[1005], x_q[997], x_q[989], x_q[981], x_q[973], x_q[965], x_q[957], x_q[949], x_q[941], x_q[933],
      x_q[925], x_q[917], x_q[909], x_q[901], x_q[893], x_q[885], x_q[877], x_q[869], x_q[861], x_q[853], x_q[845],
      x_q[837], x_q[829], x_q[821], x_q[813], x_q[805], x_q[797], x_q[789], x_q[781], x_q[773], x_q[765], x_q[757],
      x_q[749], x_q[741], x_q[733], x_q[725], x_q[717], x_q[709], x_q[701], x_q[693], x_q[685], x_q[677], x_q[669],
      x_q[661], x_q[653], x_q[645], x_q[637], x_q[629], x_q[621], x_q[613], x_q[605], x_q[597], x_q[589], x_q[581],
      x_q[573], x_q[565], x_q[557], x_q[549], x_q[541], x_q[533], x_q[525], x_q[517], x_q[509], x_q[501], x_q[493],
      x_q[485], x_q[477], x_q[469], x_q[461], x_q[453], x_q[445], x_q[437], x_q[429], x_q[421], x_q[413], x_q[405],
      x_q[397], x_q[389], x_q[381], x_q[373], x_q[365], x_q[357], x_q[349], x_q[341], x_q[333], x_q[325], x_q[317],
      x_q[309], x_q[301], x_q[293], x_q[285], x_q[277], x_q[269], x_q[261], x_q[253], x_q[245], x_q[237], x_q[229],
      x_q[221], x_q[213], x_q[205], x_q[197], x_q[189], x_q[181], x_q[173], x_q[165], x_q[157], x_q[149], x_q[141],
      x_q[133], x_q[125], x_q[117], x_q[109], x_q[101], x_q[93], x_q[85], x_q[77], x_q[69], x_q[61], x_q[53], x_q[45],
      x_q[37], x_q[29], x_q[21], x_q[13], x_q[5]};
  wire [255:0] plane6;
  assign plane6 = {x_q[2046], x_q[2038], x_q[2030], x_q[2022], x_q[2014], x_q[2006], x_q[1998], x_q[1990], x_q[1982],
      x_q[1974], x_q[1966], x_q[1958], x_q[1950], x_q[1942], x_q[1934], x_q[1926], x_q[1918], x_q[1910], x_q[1902],
      x_q[1894], x_q[1886], x_q[1878], x_q[1870], x_q[1862], x_q[1854], x_q[1846], x_q[1838], x_q[1830], x_q[1822],
      x_q[1814], x_q[1806], x_q[1798], x_q[1790], x_q[1782], x_q[1774], x_q[1766], x_q[1758], x_q[1750], x_q[1742],
      x_q[1734], x_q[1726], x_q[1718], x_q[1710], x_q[1702], x_q[1694], x_q[1686], x_q[1678], x_q[1670], x_q[1662],
      x_q[1654], x_q[1646], x_q[1638], x_q[1630], x_q[1622], x_q[1614], x_q[1606], x_q[1598], x_q[1590], x_q[1582],
      x_q[1574], x_q[1566], x_q[1558], x_q[1550], x_q[1542], x_q[1534], x_q[1526], x_q[1518], x_q[1510], x_q[1502],
      x_q[1494], x_q[1486], x_q[1478], x_q[1470], x_q[1462], x_q[1454], x_q[1446], x_q[1438], x_q[1430], x_q[1422],
      x_q[1414], x_q[1406], x_q[1398], x_q[1390], x_q[1382], x_q[1374], x_q[1366], x_q[1358], x_q[1350], x_q[1342],
      x_q[1334], x_q[1326], x_q[1318], x_q[1310], x_q[1302], x_q[1294], x_q[1286], x_q[1278], x_q[1270], x_q[1262],
      x_q[1254], x_q[1246], x_q[1238], x_q[1230], x_q[1222], x_q[1214], x_q[1206], x_q[1198], x_q[1190], x_q[1182],
      x_q[1174], x_q[1166], x_q[1158], x_q[1150], x_q[1142], x_q[1134], x_q[1126], x_q[1118], x_q[1110], x_q[1102],
      x_q[1094], x_q[1086], x_q[1078], x_q[1070], x_q[1062], x_q[1054], x_q[1046], x_q[1038], x_q[1030], x_q[1022],
      x_q[1014], x_q[1006], x_q[998], x_q[990], x_q[982], x_q[974], x_q[966], x_q[958], x_q[950], x_q[942], x_q[934],
      x_q[926], x_q[918], x_q[910], x_q[902], x_q[894], x_q[886], x_q[878], x_q[870], x_q[862], x_q[854], x_q[846],
      x_q[838], x_q[830], x_q[822], x_q[814], x_q[806], x_q[798], x_q[790], x_q[782], x_q[774], x_q[766], x_q[758],
      x_q[750], x_q[742], x_q[734], x_q[726], x_q[718], x_q[710], x_q[702], x_q[694], x_q[686], x_q[678], x_q[670],
      x_q[662], x_q[654], x_q[646], x_q[638], x_q[630], x_q[622], x_q[614], x_q[606], x_q[598], x_q[590], x_q[582],
      x_q[574], x_q[566], x_q[558], x_q[550], x_q[542], x_q[534], x_q[526], x_q[518], x_q[510], x_q[502], x_q[494],
      x_q[486], x_q[478], x_q[470], x_q[462], x_q[454], x_q[446], x_q[438], x_q[430], x_q[422], x_q[414], x_q[406],
      x_q[398], x_q[390], x_q[382], x_q[374], x_q[366], x_q[358], x_q[350], x_q[342], x_q[334], x_q[326], x_q[318],
      x_q[310], x_q[302], x_q[294], x_q[286], x_q[278], x_q[270], x_q[262], x_q[254], x_q[246], x_q[238], x_q[230],
      x_q[222], x_q[214], x_q[206], x_q[198], x_q[190], x_q[182], x_q[174], x_q[166], x_q[158], x_q[150], x_q[142],
      x_q[134], x_q[126], x_q[118], x_q[110], x_q[102], x_q[94], x_q[86], x_q[78], x_q[70], x_q[62], x_q[54], x_q[46],
      x_q[38], x_q[30], x_q[22], x_q[14], x_q[6]};
  wire [255:0] plane7;
  assign plane7 = {x_q[2047], x_q[2039], x_q[2031], x_q[2023], x_q[2015], x_q[2007], x_q[1999], x_q[1991], x_q[1983],
      x_q[1975], x_q[1967], x_q[1959], x_q[1951], x_q[1943], x_q[1935], x_q[1927], x_q[1919], x_q[1911], x_q[1903],
      x_q[1895], x_q[1887], x_q[1879], x_q[1871], x_q[1863], x_q[1855], x_q[1847], x_q[1839], x_q[1831], x_q[1823],
      x_q[1815], x_q[1807], x_q[1799], x_q[1791], x_q[1783], x_q[1775], x_q[1767], x_q[1759], x_q[1751], x_q[1743],
      x_q[1735], x_q[1727], x_q[1719], x_q[1711], x_q[1703], x_q[1695], x_q[1687], x_q[1679], x_q[1671], x_q[1663],
      x_q[1655], x_q[1647], x_q[1639], x_q[1631], x_q[1623], x_q[1615], x_q[1607], x_q[1599], x_q[1591], x_q[1583],
      x_q[1575], x_q[1567], x_q[1559], x_q[1551], x_q[1543], x_q[1535], x_q[1527], x_q[1519], x_q[1511], x_q[1503],
      x_q[1495], x_q[1487], x_q[1479], x_q[1471], x_q[1463], x_q[1455], x_q[1447], x_q[1439], x_q[1431], x_q[1423],
      x_q[1415], x_q[1407], x_q[1399], x_q[1391], x_q[1383], x_q[1375], x_q[1367], x_q[1359], x_q[1351], x_q[1343],
      x_q[1335], x_q[1327], x_q[1319], x_q[1311], x_q[1303], x_q[1295], x_q[1287], x_q[1279], x_q[1271], x_q[1263],
      x_q[1255], x_q[1247], x_q[1239], x_q[1231], x_q[1223], x_q[1215], x_q[1207], x_q[1199], x_q[1191], x_q[1183],
      x_q[1175], x_q[1167], x_q[1159], x_q[1151], x_q[1143], x_q[1135], x_q[1127], x_q[1119], x_q[1111], x_q[1103],
      x_q[1095], x_q[1087], x_q[1079], x_q[1071], x_q[1063], x_q[1055], x_q[1047], x_q[1039], x_q[1031], x_q[1023],
      x_q[1015], x_q[1007], x_q[999], x_q[991], x_q[983], x_q[975], x_q[967], x_q[959], x_q[951], x_q[943], x_q[935],
      x_q[927], x_q[919], x_q[911], x_q[903], x_q[895], x_q[887], x_q[879], x_q[871], x_q[863], x_q[855], x_q[847],
      x_q[839], x_q[831], x_q[823], x_q[815], x_q[807], x_q[799], x_q[791], x_q[783], x_q[775], x_q[767], x_q[759],
      x_q[751], x_q[743], x_q[735], x_q[727], x_q[719], x_q[711], x_q[703], x_q[695], x_q[687], x_q[679], x_q[671],
      x_q[663], x_q[655], x_q[647], x_q[639], x_q[631], x_q[623], x_q[615], x_q[607], x_q[599], x_q[591], x_q[583],
      x_q[575], x_q[567], x_q[559], x_q[551], x_q[543], x_q[535], x_q[527], x_q[519], x_q[511], x_q[503], x_q[495],
      x_q[487], x_q[479], x_q[471], x_q[463], x_q[455], x_q[447], x_q[439], x_q[431], x_q[423], x_q[415], x_q[407],
      x_q[399], x_q[391], x_q[383], x_q[375], x_q[367], x_q[359], x_q[351], x_q[343], x_q[335], x_q[327], x_q[319],
      x_q[311], x_q[303], x_q[295], x_q[287], x_q[279], x_q[271], x_q[263], x_q[255], x_q[247], x_q[239], x_q[231],
      x_q[223], x_q[215], x_q[207], x_q[199], x_q[191], x_q[183], x_q[175], x_q[167], x_q[159], x_q[151], x_q[143],
      x_q[135], x_q[127], x_q[119], x_q[111], x_q[103], x_q[95], x_q[87], x_q[79], x_q[71], x_q[63], x_q[55], x_q[47],
      x_q[39], x_q[31], x_q[23], x_q[15], x_q[7]};
  reg [255:0] plane;  // plane j
  always @(*) begin
    case (j_q)
      4'd1: begin
        plane = plane1;
      end
      4'd2: begin
        plane = plane2;
      end
      4'd3: begin
        plane = plane3;
      end
      4'd4: begin
        plane = plane4;
      end
      4'd5: begin
        plane = plane5;
      end
      4'd6: begin
        plane = plane6;
      end
      4'd7: begin
        plane = plane7;
      end
      default: begin
        plane = plane0;
      end
    endcase
  end
  assign row_o = row_en_o ? plane : 256'd0;
  always @(*) begin
    st_d = st_q;
    case (st_q)
      StIdle: begin
        if (start) begin
          st_d = StDrive;
        end
      end
      StDrive: begin
        if (sample && last) begin
          st_d = StClose;
        end
      end
      StClose: begin
        if (start) begin
          st_d = StDrive;
        end else if (out_free) begin
          st_d = StIdle;
        end
      end
      default: begin
        // a code no state has: kept
      end
    endcase
  end
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      st_q <= StIdle;
    end else begin
      st_q <= st_d;
    end
  end
  always @(posedge clk_i) begin
    if (!rst_ni) begin
      out_valid_q <= 1'd0;
    end else begin
      if (out_valid_q && out_ready_i) begin
        out_valid_q <= 1'd0;
      end
      if ((st_q == StClose) && out_free) begin
        out_valid_q <= 1'd1;
      end
    end
  end

  // Accumulation per neuron: A <- (A + min(pc, R) << T) >> 1, exact (A is a multiple of 2^(T-i))
  wire [8:0] pc0;  // popcount, values past R read as R
  assign pc0 = (pc_i[8:0] > 9'd256) ? 9'd256 : pc_i[8:0];
  reg [15:0] acc0_q;  // A after the planes so far
  wire [16:0] sum0;  // A + pc << T (even)
  assign sum0 = {1'd0, acc0_q} + ({8'd0, pc0} << tr_q);
  wire [8:0] pc1;  // popcount, values past R read as R
  assign pc1 = (pc_i[17:9] > 9'd256) ? 9'd256 : pc_i[17:9];
  reg [15:0] acc1_q;  // A after the planes so far
  wire [16:0] sum1;  // A + pc << T (even)
  assign sum1 = {1'd0, acc1_q} + ({8'd0, pc1} << tr_q);
  wire [8:0] pc2;  // popcount, values past R read as R
  assign pc2 = (pc_i[26:18] > 9'd256) ? 9'd256 : pc_i[26:18];
  reg [15:0] acc2_q;  // A after the planes so far
  wire [16:0] sum2;  // A + pc << T (even)
  assign sum2 = {1'd0, acc2_q} + ({8'd0, pc2} << tr_q);
  wire [8:0] pc3;  // popcount, values past R read as R
  assign pc3 = (pc_i[35:27] > 9'd256) ? 9'd256 : pc_i[35:27];
  reg [15:0] acc3_q;  // A after the planes so far
  wire [16:0] sum3;  // A + pc << T (even)
  assign sum3 = {1'd0, acc3_q} + ({8'd0, pc3} << tr_q);
  wire [8:0] pc4;  // popcount, values past R read as R
  assign pc4 = (pc_i[44:36] > 9'd256) ? 9'd256 : pc_i[44:36];
  reg [15:0] acc4_q;  // A after the planes so far
  wire [16:0] sum4;  // A + pc << T (even)
  assign sum4 = {1'd0, acc4_q} + ({8'd0, pc4} << tr_q);
  wire [8:0] pc5;  // popcount, values past R read as R
  assign pc5 = (pc_i[53:45] > 9'd256) ? 9'd256 : pc_i[53:45];
  reg [15:0] acc5_q;  // A after the planes so far
  wire [16:0] sum5;  // A + pc << T (even)
  assign sum5 = {1'd0, acc5_q} + ({8'd0, pc5} << tr_q);
  wire [8:0] pc6;  // popcount, values past R read as R
  assign pc6 = (pc_i[62:54] > 9'd256) ? 9'd256 : pc_i[62:54];
  reg [15:0] acc6_q;  // A after the planes so far
  wire [16:0] sum6;  // A + pc << T (even)
  assign sum6 = {1'd0, acc6_q} + ({8'd0, pc6} << tr_q);
  wire [8:0] pc7;  // popcount, values past R read as R
  assign pc7 = (pc_i[71:63] > 9'd256) ? 9'd256 : pc_i[71:63];
  reg [15:0] acc7_q;  // A after the planes so far
  wire [16:0] sum7;  // A + pc << T (even)
  assign sum7 = {1'd0, acc7_q} + ({8'd0, pc7} << tr_q);
  wire [8:0] pc8;  // popcount, values past R read as R
  assign pc8 = (pc_i[80:72] > 9'd256) ? 9'd256 : pc_i[80:72];
  reg [15:0] acc8_q;  // A after the planes so far
  wire [16:0] sum8;  // A + pc << T (even)
  assign sum8 = {1'd0, acc8_q} + ({8'd0, pc8} << tr_q);
  wire [8:0] pc9;  // popcount, values past R read as R
  assign pc9 = (pc_i[89:81] > 9'd256) ? 9'd256 : pc_i[89:81];
  reg [15:0] acc9_q;  // A after the planes so far
  wire [16:0] sum9;  // A + pc << T (even)
  assign sum9 = {1'd0, acc9_q} + ({8'd0, pc9} << tr_q);
  wire [8:0] pc10;  // popcount, values past R read as R
  assign pc10 = (pc_i[98:90] > 9'd256) ? 9'd256 : pc_i[98:90];
  reg [15:0] acc10_q;  // A after the planes so far
  wire [16:0] sum10;  // A + pc << T (even)
  assign sum10 = {1'd0, acc10_q} + ({8'd0, pc10} << tr_q);
  wire [8:0] pc11;  // popcount, values past R read as R
  assign pc11 = (pc_i[107:99] > 9'd256) ? 9'd256 : pc_i[107:99];
  reg [15:0] acc11_q;  // A after the planes so far
  wire [16:0] sum11;  // A + pc << T (even)
  assign sum11 = {1'd0, acc11_q} + ({8'd0, pc11} << tr_q);
  wire [8:0] pc12;  // popcount, values past R read as R
  assign pc12 = (pc_i[116:108] > 9'd256) ? 9'd256 : pc_i[116:108];
  reg [15:0] acc12_q;  // A after the planes so far
  wire [16:0] sum12;  // A + pc << T (even)
  assign sum12 = {1'd0, acc12_q} + ({8'd0, pc12} << tr_q);
  wire [8:0] pc13;  // popcount, values past R read as R
  assign pc13 = (pc_i[125:117] > 9'd256) ? 9'd256 : pc_i[125:117];
  reg [15:0] acc13_q;  // A after the planes so far
  wire [16:0] sum13;  // A + pc << T (even)
  assign sum13 = {1'd0, acc13_q} + ({8'd0, pc13} << tr_q);
  wire [8:0] pc14;  // popcount, values past R read as R
  assign pc14 = (pc_i[134:126] > 9'd256) ? 9'd256 : pc_i[134:126];
  reg [15:0] acc14_q;  // A after the planes so far
  wire [16:0] sum14;  // A + pc << T (even)
  assign sum14 = {1'd0, acc14_q} + ({8'd0, pc14} << tr_q);
  wire [8:0] pc15;  // popcount, values past R read as R
  assign pc15 = (pc_i[143:135] > 9'd256) ? 9'd256 : pc_i[143:135];
  reg [15:0] acc15_q;  // A after the planes so far
  wire [16:0] sum15;  // A + pc << T (even)
  assign sum15 = {1'd0, acc15_q} + ({8'd0, pc15} << tr_q);
  wire [8:0] pc16;  // popcount, values past R read as R
  assign pc16 = (pc_i[152:144] > 9'd256) ? 9'd256 : pc_i[152:144];
  reg [15:0] acc16_q;  // A after the planes so far
  wire [16:0] sum16;  // A + pc << T (even)
  assign sum16 = {1'd0, acc16_q} + ({8'd0, pc16} << tr_q);
  wire [8:0] pc17;  // popcount, values past R read as R
  assign pc17 = (pc_i[161:153] > 9'd256) ? 9'd256 : pc_i[161:153];
  reg [15:0] acc17_q;  // A after the planes so far
  wire [16:0] sum17;  // A + pc << T (even)
  assign sum17 = {1'd0, acc17_q} + ({8'd0, pc17} << tr_q);
  wire [8:0] pc18;  // popcount, values past R read as R
  assign pc18 = (pc_i[170:162] > 9'd256) ? 9'd256 : pc_i[170:162];
  reg [15:0] acc18_q;  // A after the planes so far
  wire [16:0] sum18;  // A + pc << T (even)
  assign sum18 = {1'd0, acc18_q} + ({8'd0, pc18} << tr_q);
  wire [8:0] pc19;  // popcount, values past R read as R
  assign pc19 = (pc_i[179:171] > 9'd256) ? 9'd256 : pc_i[179:171];
  reg [15:0] acc19_q;  // A after the planes so far
  wire [16:0] sum19;  // A + pc << T (even)
  assign sum19 = {1'd0, acc19_q} + ({8'd0, pc19} << tr_q);
  wire [8:0] pc20;  // popcount, values past R read as R
  assign pc20 = (pc_i[188:180] > 9'd256) ? 9'd256 : pc_i[188:180];
  reg [15:0] acc20_q;  // A after the planes so far
  wire [16:0] sum20;  // A + pc << T (even)
  assign sum20 = {1'd0, acc20_q} + ({8'd0, pc20} << tr_q);
  wire [8:0] pc21;  // popcount, values past R read as R
  assign pc21 = (pc_i[197:189] > 9'd256) ? 9'd256 : pc_i[197:189];
  reg [15:0] acc21_q;  // A after the planes so far
  wire [16:0] sum21;  // A + pc << T (even)
  assign sum21 = {1'd0, acc21_q} + ({8'd0, pc21} << tr_q);
  wire [8:0] pc22;  // popcount, values past R read as R
  assign pc22 = (pc_i[206:198] > 9'd256) ? 9'd256 : pc_i[206:198];
  reg [15:0] acc22_q;  // A after the planes so far
  wire [16:0] sum22;  // A + pc << T (even)
  assign sum22 = {1'd0, acc22_q} + ({8'd0, pc22} << tr_q);
  wire [8:0] pc23;  // popcount, values past R read as R
  assign pc23 = (pc_i[215:207] > 9'd256) ? 9'd256 : pc_i[215:207];
  reg [15:0] acc23_q;  // A after the planes so far
  wire [16:0] sum23;  // A + pc << T (even)
  assign sum23 = {1'd0, acc23_q} + ({8'd0, pc23} << tr_q);
  wire [8:0] pc24;  // popcount, values past R read as R
  assign pc24 = (pc_i[224:216] > 9'd256) ? 9'd256 : pc_i[224:216];
  reg [15:0] acc24_q;  // A after the planes so far
  wire [16:0] sum24;  // A + pc << T (even)
  assign sum24 = {1'd0, acc24_q} + ({8'd0, pc24} << tr_q);
  wire [8:0] pc25;  // popcount, values past R read as R
  assign pc25 = (pc_i[233:225] > 9'd256) ? 9'd256 : pc_i[233:225];
  reg [15:0] acc25_q;  // A after the planes so far
  wire [16:0] sum25;  // A + pc << T (even)
  assign sum25 = {1'd0, acc25_q} + ({8'd0, pc25} << tr_q);
  wire [8:0] pc26;  // popcount, values past R read as R
  assign pc26 = (pc_i[242:234] > 9'd256) ? 9'd256 : pc_i[242:234];
  reg [15:0] acc26_q;  // A after the planes so far
  wire [16:0] sum26;  // A + pc << T (even)
  assign sum26 = {1'd0, acc26_q} + ({8'd0, pc26} << tr_q);
  wire [8:0] pc27;  // popcount, values past R read as R
  assign pc27 = (pc_i[251:243] > 9'd256) ? 9'd256 : pc_i[251:243];
  reg [15:0] acc27_q;  // A after the planes so far
  wire [16:0] sum27;  // A + pc << T (even)
  assign sum27 = {1'd0, acc27_q} + ({8'd0, pc27} << tr_q);
  wire [8:0] pc28;  // popcount, values past R read as R
  assign pc28 = (pc_i[260:252] > 9'd256) ? 9'd256 : pc_i[260:252];
  reg [15:0] acc28_q;  // A after the planes so far
  wire [16:0] sum28;  // A + pc << T (even)
  assign sum28 = {1'd0, acc28_q} + ({8'd0, pc28} << tr_q);
  wire [8:0] pc29;  // popcount, values past R read as R
  assign pc29 = (pc_i[269:261] > 9'd256) ? 9'd256 : pc_i[269:261];
  reg [15:0] acc29_q;  // A after the planes so far
  wire [16:0] sum29;  // A + pc << T (even)
  assign sum29 = {1'd0, acc29_q} + ({8'd0, pc29} << tr_q);
  wire [8:0] pc30;  // popcount, values past R read as R
  assign pc30 = (pc_i[278:270] > 9'd256) ? 9'd256 : pc_i[278:270];
  reg [15:0] acc30_q;  // A after the planes so far
  wire [16:0] sum30;  // A + pc << T (even)
  assign sum30 = {1'd0, acc30_q} + ({8'd0, pc30} << tr_q);
  wire [8:0] pc31;  // popcount, values past R read as R
  assign pc31 = (pc_i[287:279] > 9'd256) ? 9'd256 : pc_i[287:279];
  reg [15:0] acc31_q;  // A after the planes so far
  wire [16:0] sum31;  // A + pc << T (even)
  assign sum31 = {1'd0, acc31_q} + ({8'd0, pc31} << tr_q);
  always @(posedge clk_i) begin
    if (start) begin
      x_q <= ib_q;
      tr_q <= t_q;
      j_q <= 4'd8 - t_q;
      s_q <= 2'd0;
      acc0_q <= 16'd0;
      acc1_q <= 16'd0;
      acc2_q <= 16'd0;
      acc3_q <= 16'd0;
      acc4_q <= 16'd0;
      acc5_q <= 16'd0;
      acc6_q <= 16'd0;
      acc7_q <= 16'd0;
      acc8_q <= 16'd0;
      acc9_q <= 16'd0;
      acc10_q <= 16'd0;
      acc11_q <= 16'd0;
      acc12_q <= 16'd0;
      acc13_q <= 16'd0;
      acc14_q <= 16'd0;
      acc15_q <= 16'd0;
      acc16_q <= 16'd0;
      acc17_q <= 16'd0;
      acc18_q <= 16'd0;
      acc19_q <= 16'd0;
      acc20_q <= 16'd0;
      acc21_q <= 16'd0;
      acc22_q <= 16'd0;
      acc23_q <= 16'd0;
      acc24_q <= 16'd0;
      acc25_q <= 16'd0;
      acc26_q <= 16'd0;
      acc27_q <= 16'd0;
      acc28_q <= 16'd0;
      acc29_q <= 16'd0;
      acc30_q <= 16'd0;
      acc31_q <= 16'd0;
    end else if (sample) begin
      s_q <= 2'd0;
      if (!last) begin
        j_q <= j_q + 4'd1;
      end
      acc0_q <= sum0[16:1];
      acc1_q <= sum1[16:1];
      acc2_q <= sum2[16:1];
      acc3_q <= sum3[16:1];
      acc4_q <= sum4[16:1];
      acc5_q <= sum5[16:1];
      acc6_q <= sum6[16:1];
      acc7_q <= sum7[16:1];
      acc8_q <= sum8[16:1];
      acc9_q <= sum9[16:1];
      acc10_q <= sum10[16:1];
      acc11_q <= sum11[16:1];
      acc12_q <= sum12[16:1];
      acc13_q <= sum13[16:1];
      acc14_q <= sum14[16:1];
      acc15_q <= sum15[16:1];
      acc16_q <= sum16[16:1];
      acc17_q <= sum17[16:1];
      acc18_q <= sum18[16:1];
      acc19_q <= sum19[16:1];
      acc20_q <= sum20[16:1];
      acc21_q <= sum21[16:1];
      acc22_q <= sum22[16:1];
      acc23_q <= sum23[16:1];
      acc24_q <= sum24[16:1];
      acc25_q <= sum25[16:1];
      acc26_q <= sum26[16:1];
      acc27_q <= sum27[16:1];
      acc28_q <= sum28[16:1];
      acc29_q <= sum29[16:1];
      acc30_q <= sum30[16:1];
      acc31_q <= sum31[16:1];
    end else if (st_q == StDrive) begin
      s_q <= s_q + 2'd1;
    end
  end

  // Output register: the threshold compare as the vector closes
  reg [15:0] oacc0_q;
  reg [15:0] oacc1_q;
  reg [15:0] oacc2_q;
  reg [15:0] oacc3_q;
  reg [15:0] oacc4_q;
  reg [15:0] oacc5_q;
  reg [15:0] oacc6_q;
  reg [15:0] oacc7_q;
  reg [15:0] oacc8_q;
  reg [15:0] oacc9_q;
  reg [15:0] oacc10_q;
  reg [15:0] oacc11_q;
  reg [15:0] oacc12_q;
  reg [15:0] oacc13_q;
  reg [15:0] oacc14_q;
  reg [15:0] oacc15_q;
  reg [15:0] oacc16_q;
  reg [15:0] oacc17_q;
  reg [15:0] oacc18_q;
  reg [15:0] oacc19_q;
  reg [15:0] oacc20_q;
  reg [15:0] oacc21_q;
  reg [15:0] oacc22_q;
  reg [15:0] oacc23_q;
  reg [15:0] oacc24_q;
  reg [15:0] oacc25_q;
  reg [15:0] oacc26_q;
  reg [15:0] oacc27_q;
  reg [15:0] oacc28_q;
  reg [15:0] oacc29_q;
  reg [15:0] oacc30_q;
  reg [15:0] oacc31_q;
  reg [31:0] osign_q;
  always @(posedge clk_i) begin
    if ((st_q == StClose) && out_free) begin
      osign_q <= {acc31_q >= th31_q, acc30_q >= th30_q, acc29_q >= th29_q, acc28_q >= th28_q, acc27_q >= th27_q, acc26_q
          >= th26_q, acc25_q >= th25_q, acc24_q >= th24_q, acc23_q >= th23_q, acc22_q >= th22_q, acc21_q >=
          th21_q, acc20_q >= th20_q, acc19_q >= th19_q, acc18_q >= th18_q, acc17_q >= th17_q, acc16_q >= th16_q, acc15_q
          >= th15_q, acc14_q >= th14_q, acc13_q >= th13_q, acc12_q >= th12_q, acc11_q >= th11_q, acc10_q >=
          th10_q, acc9_q >= th9_q, acc8_q >= th8_q, acc7_q >= th7_q, acc6_q >= th6_q, acc5_q >= th5_q, acc4_q >=
          th4_q, acc3_q >= th3_q, acc2_q >= th2_q, acc1_q >= th1_q, acc0_q >= th0_q};
      oacc0_q <= acc0_q;
      oacc1_q <= acc1_q;
      oacc2_q <= acc2_q;
      oacc3_q <= acc3_q;
      oacc4_q <= acc4_q;
      oacc5_q <= acc5_q;
      oacc6_q <= acc6_q;
      oacc7_q <= acc7_q;
      oacc8_q <= acc8_q;
      oacc9_q <= acc9_q;
      oacc10_q <= acc10_q;
      oacc11_q <= acc11_q;
      oacc12_q <= acc12_q;
      oacc13_q <= acc13_q;
      oacc14_q <= acc14_q;
      oacc15_q <= acc15_q;
      oacc16_q <= acc16_q;
      oacc17_q <= acc17_q;
      oacc18_q <= acc18_q;
      oacc19_q <= acc19_q;
      oacc20_q <= acc20_q;
      oacc21_q <= acc21_q;
      oacc22_q <= acc22_q;
      oacc23_q <= acc23_q;
      oacc24_q <= acc24_q;
      oacc25_q <= acc25_q;
      oacc26_q <= acc26_q;
      oacc27_q <= acc27_q;
      oacc28_q <= acc28_q;
      oacc29_q <= acc29_q;
      oacc30_q <= acc30_q;
      oacc31_q <= acc31_q;
    end
  end
  assign out_valid_o = out_valid_q;
  assign out_sign_o = osign_q;
  assign out_acc_o = {oacc31_q, oacc30_q, oacc29_q, oacc28_q, oacc27_q, oacc26_q, oacc25_q, oacc24_q, oacc23_q,
      oacc22_q, oacc21_q, oacc20_q, oacc19_q, oacc18_q, oacc17_q, oacc16_q, oacc15_q, oacc14_q, oacc13_q, oacc12_q,
      oacc11_q, oacc10_q, oacc9_q, oacc8_q, oacc7_q, oacc6_q, oacc5_q, oacc4_q, oacc3_q, oacc2_q, oacc1_q, oacc0_q};
  wire bits_unused;  // bits this configuration does not need
  assign bits_unused = &{1'd0, t_c[15:4], sum0[0], sum1[0], sum2[0], sum3[0], sum4[0], sum5[0], sum6[0], sum7[0],
      sum8[0], sum9[0], sum10[0], sum11[0], sum12[0], sum13[0], sum14[0], sum15[0], sum16[0], sum17[0], sum18[0],
      sum19[0], sum20[0], sum21[0], sum22[0], sum23[0], sum24[0], sum25[0], sum26[0], sum27[0], sum28[0], sum29[0],
      sum30[0], sum31[0]};
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  reg [3:0] f_i_q = 4'd0;
  reg [25:0] f_b0_q = 26'd0;
  reg [25:0] f_out0_q = 26'd0;
  reg f_sign0_q = 1'd0;
  reg [25:0] f_b1_q = 26'd0;
  reg [25:0] f_out1_q = 26'd0;
  reg f_sign1_q = 1'd0;
  reg [25:0] f_b2_q = 26'd0;
  reg [25:0] f_out2_q = 26'd0;
  reg f_sign2_q = 1'd0;
  reg [25:0] f_b3_q = 26'd0;
  reg [25:0] f_out3_q = 26'd0;
  reg f_sign3_q = 1'd0;
  reg [25:0] f_b4_q = 26'd0;
  reg [25:0] f_out4_q = 26'd0;
  reg f_sign4_q = 1'd0;
  reg [25:0] f_b5_q = 26'd0;
  reg [25:0] f_out5_q = 26'd0;
  reg f_sign5_q = 1'd0;
  reg [25:0] f_b6_q = 26'd0;
  reg [25:0] f_out6_q = 26'd0;
  reg f_sign6_q = 1'd0;
  reg [25:0] f_b7_q = 26'd0;
  reg [25:0] f_out7_q = 26'd0;
  reg f_sign7_q = 1'd0;
  reg [25:0] f_b8_q = 26'd0;
  reg [25:0] f_out8_q = 26'd0;
  reg f_sign8_q = 1'd0;
  reg [25:0] f_b9_q = 26'd0;
  reg [25:0] f_out9_q = 26'd0;
  reg f_sign9_q = 1'd0;
  reg [25:0] f_b10_q = 26'd0;
  reg [25:0] f_out10_q = 26'd0;
  reg f_sign10_q = 1'd0;
  reg [25:0] f_b11_q = 26'd0;
  reg [25:0] f_out11_q = 26'd0;
  reg f_sign11_q = 1'd0;
  reg [25:0] f_b12_q = 26'd0;
  reg [25:0] f_out12_q = 26'd0;
  reg f_sign12_q = 1'd0;
  reg [25:0] f_b13_q = 26'd0;
  reg [25:0] f_out13_q = 26'd0;
  reg f_sign13_q = 1'd0;
  reg [25:0] f_b14_q = 26'd0;
  reg [25:0] f_out14_q = 26'd0;
  reg f_sign14_q = 1'd0;
  reg [25:0] f_b15_q = 26'd0;
  reg [25:0] f_out15_q = 26'd0;
  reg f_sign15_q = 1'd0;
  reg [25:0] f_b16_q = 26'd0;
  reg [25:0] f_out16_q = 26'd0;
  reg f_sign16_q = 1'd0;
  reg [25:0] f_b17_q = 26'd0;
  reg [25:0] f_out17_q = 26'd0;
  reg f_sign17_q = 1'd0;
  reg [25:0] f_b18_q = 26'd0;
  reg [25:0] f_out18_q = 26'd0;
  reg f_sign18_q = 1'd0;
  reg [25:0] f_b19_q = 26'd0;
  reg [25:0] f_out19_q = 26'd0;
  reg f_sign19_q = 1'd0;
  reg [25:0] f_b20_q = 26'd0;
  reg [25:0] f_out20_q = 26'd0;
  reg f_sign20_q = 1'd0;
  reg [25:0] f_b21_q = 26'd0;
  reg [25:0] f_out21_q = 26'd0;
  reg f_sign21_q = 1'd0;
  reg [25:0] f_b22_q = 26'd0;
  reg [25:0] f_out22_q = 26'd0;
  reg f_sign22_q = 1'd0;
  reg [25:0] f_b23_q = 26'd0;
  reg [25:0] f_out23_q = 26'd0;
  reg f_sign23_q = 1'd0;
  reg [25:0] f_b24_q = 26'd0;
  reg [25:0] f_out24_q = 26'd0;
  reg f_sign24_q = 1'd0;
  reg [25:0] f_b25_q = 26'd0;
  reg [25:0] f_out25_q = 26'd0;
  reg f_sign25_q = 1'd0;
  reg [25:0] f_b26_q = 26'd0;
  reg [25:0] f_out26_q = 26'd0;
  reg f_sign26_q = 1'd0;
  reg [25:0] f_b27_q = 26'd0;
  reg [25:0] f_out27_q = 26'd0;
  reg f_sign27_q = 1'd0;
  reg [25:0] f_b28_q = 26'd0;
  reg [25:0] f_out28_q = 26'd0;
  reg f_sign28_q = 1'd0;
  reg [25:0] f_b29_q = 26'd0;
  reg [25:0] f_out29_q = 26'd0;
  reg f_sign29_q = 1'd0;
  reg [25:0] f_b30_q = 26'd0;
  reg [25:0] f_out30_q = 26'd0;
  reg f_sign30_q = 1'd0;
  reg [25:0] f_b31_q = 26'd0;
  reg [25:0] f_out31_q = 26'd0;
  reg f_sign31_q = 1'd0;
  reg f_ovalid_q = 1'd0;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    if (!rst_ni) begin
      f_i_q <= 4'd0;
      f_ovalid_q <= 1'd0;
    end else begin
      if (start) begin
        f_i_q <= 4'd0;
        f_b0_q <= 26'd0;
        f_b1_q <= 26'd0;
        f_b2_q <= 26'd0;
        f_b3_q <= 26'd0;
        f_b4_q <= 26'd0;
        f_b5_q <= 26'd0;
        f_b6_q <= 26'd0;
        f_b7_q <= 26'd0;
        f_b8_q <= 26'd0;
        f_b9_q <= 26'd0;
        f_b10_q <= 26'd0;
        f_b11_q <= 26'd0;
        f_b12_q <= 26'd0;
        f_b13_q <= 26'd0;
        f_b14_q <= 26'd0;
        f_b15_q <= 26'd0;
        f_b16_q <= 26'd0;
        f_b17_q <= 26'd0;
        f_b18_q <= 26'd0;
        f_b19_q <= 26'd0;
        f_b20_q <= 26'd0;
        f_b21_q <= 26'd0;
        f_b22_q <= 26'd0;
        f_b23_q <= 26'd0;
        f_b24_q <= 26'd0;
        f_b25_q <= 26'd0;
        f_b26_q <= 26'd0;
        f_b27_q <= 26'd0;
        f_b28_q <= 26'd0;
        f_b29_q <= 26'd0;
        f_b30_q <= 26'd0;
        f_b31_q <= 26'd0;
      end else if (sample) begin
        f_i_q <= f_i_q + 4'd1;
        f_b0_q <= f_b0_q + ({17'd0, pc0} << f_i_q);
        f_b1_q <= f_b1_q + ({17'd0, pc1} << f_i_q);
        f_b2_q <= f_b2_q + ({17'd0, pc2} << f_i_q);
        f_b3_q <= f_b3_q + ({17'd0, pc3} << f_i_q);
        f_b4_q <= f_b4_q + ({17'd0, pc4} << f_i_q);
        f_b5_q <= f_b5_q + ({17'd0, pc5} << f_i_q);
        f_b6_q <= f_b6_q + ({17'd0, pc6} << f_i_q);
        f_b7_q <= f_b7_q + ({17'd0, pc7} << f_i_q);
        f_b8_q <= f_b8_q + ({17'd0, pc8} << f_i_q);
        f_b9_q <= f_b9_q + ({17'd0, pc9} << f_i_q);
        f_b10_q <= f_b10_q + ({17'd0, pc10} << f_i_q);
        f_b11_q <= f_b11_q + ({17'd0, pc11} << f_i_q);
        f_b12_q <= f_b12_q + ({17'd0, pc12} << f_i_q);
        f_b13_q <= f_b13_q + ({17'd0, pc13} << f_i_q);
        f_b14_q <= f_b14_q + ({17'd0, pc14} << f_i_q);
        f_b15_q <= f_b15_q + ({17'd0, pc15} << f_i_q);
        f_b16_q <= f_b16_q + ({17'd0, pc16} << f_i_q);
        f_b17_q <= f_b17_q + ({17'd0, pc17} << f_i_q);
        f_b18_q <= f_b18_q + ({17'd0, pc18} << f_i_q);
        f_b19_q <= f_b19_q + ({17'd0, pc19} << f_i_q);
        f_b20_q <= f_b20_q + ({17'd0, pc20} << f_i_q);
        f_b21_q <= f_b21_q + ({17'd0, pc21} << f_i_q);
        f_b22_q <= f_b22_q + ({17'd0, pc22} << f_i_q);
        f_b23_q <= f_b23_q + ({17'd0, pc23} << f_i_q);
        f_b24_q <= f_b24_q + ({17'd0, pc24} << f_i_q);
        f_b25_q <= f_b25_q + ({17'd0, pc25} << f_i_q);
        f_b26_q <= f_b26_q + ({17'd0, pc26} << f_i_q);
        f_b27_q <= f_b27_q + ({17'd0, pc27} << f_i_q);
        f_b28_q <= f_b28_q + ({17'd0, pc28} << f_i_q);
        f_b29_q <= f_b29_q + ({17'd0, pc29} << f_i_q);
        f_b30_q <= f_b30_q + ({17'd0, pc30} << f_i_q);
        f_b31_q <= f_b31_q + ({17'd0, pc31} << f_i_q);
      end
      if (out_valid_o && out_ready_i) begin
        f_ovalid_q <= 1'd0;
      end
      if ((st_q == StClose) && out_free) begin
        f_ovalid_q <= 1'd1;
        f_out0_q <= f_b0_q;
        f_sign0_q <= {10'd0, acc0_q} >= {10'd0, th0_q};
        f_out1_q <= f_b1_q;
        f_sign1_q <= {10'd0, acc1_q} >= {10'd0, th1_q};
        f_out2_q <= f_b2_q;
        f_sign2_q <= {10'd0, acc2_q} >= {10'd0, th2_q};
        f_out3_q <= f_b3_q;
        f_sign3_q <= {10'd0, acc3_q} >= {10'd0, th3_q};
        f_out4_q <= f_b4_q;
        f_sign4_q <= {10'd0, acc4_q} >= {10'd0, th4_q};
        f_out5_q <= f_b5_q;
        f_sign5_q <= {10'd0, acc5_q} >= {10'd0, th5_q};
        f_out6_q <= f_b6_q;
        f_sign6_q <= {10'd0, acc6_q} >= {10'd0, th6_q};
        f_out7_q <= f_b7_q;
        f_sign7_q <= {10'd0, acc7_q} >= {10'd0, th7_q};
        f_out8_q <= f_b8_q;
        f_sign8_q <= {10'd0, acc8_q} >= {10'd0, th8_q};
        f_out9_q <= f_b9_q;
        f_sign9_q <= {10'd0, acc9_q} >= {10'd0, th9_q};
        f_out10_q <= f_b10_q;
        f_sign10_q <= {10'd0, acc10_q} >= {10'd0, th10_q};
        f_out11_q <= f_b11_q;
        f_sign11_q <= {10'd0, acc11_q} >= {10'd0, th11_q};
        f_out12_q <= f_b12_q;
        f_sign12_q <= {10'd0, acc12_q} >= {10'd0, th12_q};
        f_out13_q <= f_b13_q;
        f_sign13_q <= {10'd0, acc13_q} >= {10'd0, th13_q};
        f_out14_q <= f_b14_q;
        f_sign14_q <= {10'd0, acc14_q} >= {10'd0, th14_q};
        f_out15_q <= f_b15_q;
        f_sign15_q <= {10'd0, acc15_q} >= {10'd0, th15_q};
        f_out16_q <= f_b16_q;
        f_sign16_q <= {10'd0, acc16_q} >= {10'd0, th16_q};
        f_out17_q <= f_b17_q;
        f_sign17_q <= {10'd0, acc17_q} >= {10'd0, th17_q};
        f_out18_q <= f_b18_q;
        f_sign18_q <= {10'd0, acc18_q} >= {10'd0, th18_q};
        f_out19_q <= f_b19_q;
        f_sign19_q <= {10'd0, acc19_q} >= {10'd0, th19_q};
        f_out20_q <= f_b20_q;
        f_sign20_q <= {10'd0, acc20_q} >= {10'd0, th20_q};
        f_out21_q <= f_b21_q;
        f_sign21_q <= {10'd0, acc21_q} >= {10'd0, th21_q};
        f_out22_q <= f_b22_q;
        f_sign22_q <= {10'd0, acc22_q} >= {10'd0, th22_q};
        f_out23_q <= f_b23_q;
        f_sign23_q <= {10'd0, acc23_q} >= {10'd0, th23_q};
        f_out24_q <= f_b24_q;
        f_sign24_q <= {10'd0, acc24_q} >= {10'd0, th24_q};
        f_out25_q <= f_b25_q;
        f_sign25_q <= {10'd0, acc25_q} >= {10'd0, th25_q};
        f_out26_q <= f_b26_q;
        f_sign26_q <= {10'd0, acc26_q} >= {10'd0, th26_q};
        f_out27_q <= f_b27_q;
        f_sign27_q <= {10'd0, acc27_q} >= {10'd0, th27_q};
        f_out28_q <= f_b28_q;
        f_sign28_q <= {10'd0, acc28_q} >= {10'd0, th28_q};
        f_out29_q <= f_b29_q;
        f_sign29_q <= {10'd0, acc29_q} >= {10'd0, th29_q};
        f_out30_q <= f_b30_q;
        f_sign30_q <= {10'd0, acc30_q} >= {10'd0, th30_q};
        f_out31_q <= f_b31_q;
        f_sign31_q <= {10'd0, acc31_q} >= {10'd0, th31_q};
      end
    end
    if (f_past_valid) begin
      // reset: idle, empty buffer, no output, registers at their reset values
      if (!$past(rst_ni)) begin
        assert (st_q == StIdle);
        assert (cnt_q == 9'd0);
        assert (!out_valid_o);
        assert (t_q == 4'd8);
        assert (th0_q == 16'd0);
        assert (th1_q == 16'd0);
        assert (th2_q == 16'd0);
        assert (th3_q == 16'd0);
        assert (th4_q == 16'd0);
        assert (th5_q == 16'd0);
        assert (th6_q == 16'd0);
        assert (th7_q == 16'd0);
        assert (th8_q == 16'd0);
        assert (th9_q == 16'd0);
        assert (th10_q == 16'd0);
        assert (th11_q == 16'd0);
        assert (th12_q == 16'd0);
        assert (th13_q == 16'd0);
        assert (th14_q == 16'd0);
        assert (th15_q == 16'd0);
        assert (th16_q == 16'd0);
        assert (th17_q == 16'd0);
        assert (th18_q == 16'd0);
        assert (th19_q == 16'd0);
        assert (th20_q == 16'd0);
        assert (th21_q == 16'd0);
        assert (th22_q == 16'd0);
        assert (th23_q == 16'd0);
        assert (th24_q == 16'd0);
        assert (th25_q == 16'd0);
        assert (th26_q == 16'd0);
        assert (th27_q == 16'd0);
        assert (th28_q == 16'd0);
        assert (th29_q == 16'd0);
        assert (th30_q == 16'd0);
        assert (th31_q == 16'd0);
      end
      if (rst_ni) begin
        // legal states and settings
        assert (((st_q == StIdle) || (st_q == StDrive)) || (st_q == StClose));
        assert (cnt_q <= 9'd256);
        assert ((t_q >= 4'd1) && (t_q <= 4'd8));
        assert ({1'd0, th0_q} <= 17'd65281);
        assert ({1'd0, th1_q} <= 17'd65281);
        assert ({1'd0, th2_q} <= 17'd65281);
        assert ({1'd0, th3_q} <= 17'd65281);
        assert ({1'd0, th4_q} <= 17'd65281);
        assert ({1'd0, th5_q} <= 17'd65281);
        assert ({1'd0, th6_q} <= 17'd65281);
        assert ({1'd0, th7_q} <= 17'd65281);
        assert ({1'd0, th8_q} <= 17'd65281);
        assert ({1'd0, th9_q} <= 17'd65281);
        assert ({1'd0, th10_q} <= 17'd65281);
        assert ({1'd0, th11_q} <= 17'd65281);
        assert ({1'd0, th12_q} <= 17'd65281);
        assert ({1'd0, th13_q} <= 17'd65281);
        assert ({1'd0, th14_q} <= 17'd65281);
        assert ({1'd0, th15_q} <= 17'd65281);
        assert ({1'd0, th16_q} <= 17'd65281);
        assert ({1'd0, th17_q} <= 17'd65281);
        assert ({1'd0, th18_q} <= 17'd65281);
        assert ({1'd0, th19_q} <= 17'd65281);
        assert ({1'd0, th20_q} <= 17'd65281);
        assert ({1'd0, th21_q} <= 17'd65281);
        assert ({1'd0, th22_q} <= 17'd65281);
        assert ({1'd0, th23_q} <= 17'd65281);
        assert ({1'd0, th24_q} <= 17'd65281);
        assert ({1'd0, th25_q} <= 17'd65281);
        assert ({1'd0, th26_q} <= 17'd65281);
        assert ({1'd0, th27_q} <= 17'd65281);
        assert ({1'd0, th28_q} <= 17'd65281);
        assert ({1'd0, th29_q} <= 17'd65281);
        assert ({1'd0, th30_q} <= 17'd65281);
        assert ({1'd0, th31_q} <= 17'd65281);
        assert (out_valid_o == f_ovalid_q);
        // the drive: rows only in DRIVE; plane j held for SETTLE cycles, then sampled
        assert (row_en_o == (st_q == StDrive));
        if (!row_en_o) begin
          assert (row_o == 256'd0);
        end
        if (st_q != StIdle) begin
          assert ((tr_q >= 4'd1) && (tr_q <= 4'd8));
          assert (s_q <= 2'd2);
        end
        if (st_q == StDrive) begin
          assert (f_i_q < tr_q);
          assert (j_q == ((4'd8 - tr_q) + f_i_q));
        end
        if (st_q == StClose) begin
          assert (f_i_q == tr_q);
          assert (s_q == 2'd0);
        end
        // exact accumulation: A = shadow << (T - i), the shadow below R * 2^i
        if (st_q != StIdle) begin
          assert ({10'd0, acc0_q} == (f_b0_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b0_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc1_q} == (f_b1_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b1_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc2_q} == (f_b2_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b2_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc3_q} == (f_b3_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b3_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc4_q} == (f_b4_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b4_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc5_q} == (f_b5_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b5_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc6_q} == (f_b6_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b6_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc7_q} == (f_b7_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b7_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc8_q} == (f_b8_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b8_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc9_q} == (f_b9_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b9_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc10_q} == (f_b10_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b10_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc11_q} == (f_b11_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b11_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc12_q} == (f_b12_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b12_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc13_q} == (f_b13_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b13_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc14_q} == (f_b14_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b14_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc15_q} == (f_b15_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b15_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc16_q} == (f_b16_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b16_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc17_q} == (f_b17_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b17_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc18_q} == (f_b18_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b18_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc19_q} == (f_b19_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b19_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc20_q} == (f_b20_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b20_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc21_q} == (f_b21_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b21_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc22_q} == (f_b22_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b22_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc23_q} == (f_b23_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b23_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc24_q} == (f_b24_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b24_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc25_q} == (f_b25_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b25_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc26_q} == (f_b26_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b26_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc27_q} == (f_b27_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b27_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc28_q} == (f_b28_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b28_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc29_q} == (f_b29_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b29_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc30_q} == (f_b30_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b30_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
          assert ({10'd0, acc31_q} == (f_b31_q << ({22'd0, tr_q} - {22'd0, f_i_q})));
          assert (f_b31_q <= (26'd256 * ((26'd1 << f_i_q) - 26'd1)));
        end
        // the output: the closed vector's A and threshold compare
        if (out_valid_o) begin
          assert ({10'd0, oacc0_q} == f_out0_q);
          assert (out_sign_o[0] == f_sign0_q);
          assert ({10'd0, oacc1_q} == f_out1_q);
          assert (out_sign_o[1] == f_sign1_q);
          assert ({10'd0, oacc2_q} == f_out2_q);
          assert (out_sign_o[2] == f_sign2_q);
          assert ({10'd0, oacc3_q} == f_out3_q);
          assert (out_sign_o[3] == f_sign3_q);
          assert ({10'd0, oacc4_q} == f_out4_q);
          assert (out_sign_o[4] == f_sign4_q);
          assert ({10'd0, oacc5_q} == f_out5_q);
          assert (out_sign_o[5] == f_sign5_q);
          assert ({10'd0, oacc6_q} == f_out6_q);
          assert (out_sign_o[6] == f_sign6_q);
          assert ({10'd0, oacc7_q} == f_out7_q);
          assert (out_sign_o[7] == f_sign7_q);
          assert ({10'd0, oacc8_q} == f_out8_q);
          assert (out_sign_o[8] == f_sign8_q);
          assert ({10'd0, oacc9_q} == f_out9_q);
          assert (out_sign_o[9] == f_sign9_q);
          assert ({10'd0, oacc10_q} == f_out10_q);
          assert (out_sign_o[10] == f_sign10_q);
          assert ({10'd0, oacc11_q} == f_out11_q);
          assert (out_sign_o[11] == f_sign11_q);
          assert ({10'd0, oacc12_q} == f_out12_q);
          assert (out_sign_o[12] == f_sign12_q);
          assert ({10'd0, oacc13_q} == f_out13_q);
          assert (out_sign_o[13] == f_sign13_q);
          assert ({10'd0, oacc14_q} == f_out14_q);
          assert (out_sign_o[14] == f_sign14_q);
          assert ({10'd0, oacc15_q} == f_out15_q);
          assert (out_sign_o[15] == f_sign15_q);
          assert ({10'd0, oacc16_q} == f_out16_q);
          assert (out_sign_o[16] == f_sign16_q);
          assert ({10'd0, oacc17_q} == f_out17_q);
          assert (out_sign_o[17] == f_sign17_q);
          assert ({10'd0, oacc18_q} == f_out18_q);
          assert (out_sign_o[18] == f_sign18_q);
          assert ({10'd0, oacc19_q} == f_out19_q);
          assert (out_sign_o[19] == f_sign19_q);
          assert ({10'd0, oacc20_q} == f_out20_q);
          assert (out_sign_o[20] == f_sign20_q);
          assert ({10'd0, oacc21_q} == f_out21_q);
          assert (out_sign_o[21] == f_sign21_q);
          assert ({10'd0, oacc22_q} == f_out22_q);
          assert (out_sign_o[22] == f_sign22_q);
          assert ({10'd0, oacc23_q} == f_out23_q);
          assert (out_sign_o[23] == f_sign23_q);
          assert ({10'd0, oacc24_q} == f_out24_q);
          assert (out_sign_o[24] == f_sign24_q);
          assert ({10'd0, oacc25_q} == f_out25_q);
          assert (out_sign_o[25] == f_sign25_q);
          assert ({10'd0, oacc26_q} == f_out26_q);
          assert (out_sign_o[26] == f_sign26_q);
          assert ({10'd0, oacc27_q} == f_out27_q);
          assert (out_sign_o[27] == f_sign27_q);
          assert ({10'd0, oacc28_q} == f_out28_q);
          assert (out_sign_o[28] == f_sign28_q);
          assert ({10'd0, oacc29_q} == f_out29_q);
          assert (out_sign_o[29] == f_sign29_q);
          assert ({10'd0, oacc30_q} == f_out30_q);
          assert (out_sign_o[30] == f_sign30_q);
          assert ({10'd0, oacc31_q} == f_out31_q);
          assert (out_sign_o[31] == f_sign31_q);
        end
      end
      if ($past(rst_ni) && rst_ni) begin
        // the plane's drive: held while settling, the next plane right after a sample
        if ($past((st_q == StDrive) && !sample) && (st_q == StDrive)) begin
          assert (row_o == $past(row_o));
          assert (s_q == ($past(s_q) + 2'd1));
        end
        if ($past(sample && !last)) begin
          assert (st_q == StDrive);
          assert (s_q == 2'd0);
          assert (j_q == ($past(j_q) + 4'd1));
        end
        if ($past(sample && last)) begin
          assert (st_q == StClose);
        end
        // output handshake: valid held and data stable until ready
        if ($past(out_valid_o && !out_ready_i)) begin
          assert (out_valid_o);
          assert (out_sign_o == $past(out_sign_o));
          assert (out_acc_o == $past(out_acc_o));
        end
        // a full buffer is kept until its vector starts
        if ($past(full && !start)) begin
          assert (full);
        end
      end
      cover (out_valid_o && out_ready_i);
      cover (start && (st_q == StClose));
      cover ((in_valid_i && in_ready_o) && (st_q == StDrive));
    end
  end
`endif  // FORMAL
endmodule
