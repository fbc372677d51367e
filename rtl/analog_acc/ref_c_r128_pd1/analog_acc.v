// cimgen 0.1.0: generated file, do not edit.
// block: analog_acc
// module: analog_acc
// parameters: STRATEGY=C R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=async
// regenerate: cimgen gen analog_acc STRATEGY=C R=128 NEURONS=8 PI=8 PW=8 PD=1 PR=1 PO=8 SETTLE=1 RST=async -o DIR

module analog_acc (
  input  wire         clk_i,  // clock
  input  wire         rst_ni,  // asynchronous reset, active low
  input  wire         in_valid_i,  // input stream: one element x[r] per beat, rows 0.. in order
  output wire         in_ready_o,
  input  wire [7:0]   in_data_i,  // x[r], unsigned
  output wire         out_valid_o,  // output stream: one neuron per beat
  input  wire         out_ready_i,
  output wire [7:0]   out_data_o,  // the PO most significant bits of x.w
  output wire         out_last_o,  // last neuron of the vector
  output wire         wl_en_o,  // the rows are driven
  output wire [127:0] dac_row_o,  // slice t of x[r], PD bits per row (0 while not driven)
  output wire         sh_o,  // accumulate slice slice_o into the held sums at this edge (0 starts them)
  output wire [2:0]   slice_o,  // the slice driven
  output wire [2:0]   adc_neuron_o,  // neuron under conversion
  output wire [7:0]   adc_dac_o,  // DAC code of this cycle's comparison
  output wire         adc_cmp_en_o,  // a comparison is made this cycle
  input  wire         adc_cmp_i  // comparator answer (value >= DAC)
);
  // Analog side: rows, the per-slice strobe, the ADC

  localparam [1:0] StIdle = 2'd0;  // waiting for a vector
  localparam [1:0] StDrive = 2'd1;  // slices driven, SETTLE cycles each, then sampled
  localparam [1:0] StConv = 2'd2;  // the conversions of every neuron
  reg [1:0] st_q;  // engine
  reg [1:0] st_d;  // next state
  wire start;  // the buffered vector starts
  // Input buffer: the elements shifted in, element 0 ends lowest
  reg [1023:0] ib_q;  // elements taken so far
  reg [7:0] cnt_q;  // elements in ib_q
  wire full;  // ib_q holds a whole vector
  assign full = cnt_q == 8'd128;
  assign in_ready_o = !full;
  wire take;  // an element is taken
  assign take = in_valid_i && !full;
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      cnt_q <= 8'd0;
    end else if (start) begin
      cnt_q <= 8'd0;
    end else if (take) begin
      cnt_q <= cnt_q + 8'd1;
    end
  end
  always @(posedge clk_i) begin
    if (take) begin
      ib_q <= {in_data_i, ib_q[1023:8]};
    end
  end

  assign start = full && (st_q == StIdle);
  // Slices: t = 0 .. T-1, LSB first, held SETTLE cycles, then sh_o
  reg [1023:0] x_q;  // the vector being driven
  reg [2:0] t_q;  // slice
  reg s_q;  // cycles slice t has been driven
  wire sample;
  assign sample = (st_q == StDrive) && (s_q == 1'd1);
  wire last_t;
  assign last_t = t_q == 3'd7;
  wire [127:0] slice0;
  assign slice0 = {x_q[1016], x_q[1008], x_q[1000], x_q[992], x_q[984], x_q[976], x_q[968], x_q[960], x_q[952],
      x_q[944], x_q[936], x_q[928], x_q[920], x_q[912], x_q[904], x_q[896], x_q[888], x_q[880], x_q[872], x_q[864],
      x_q[856], x_q[848], x_q[840], x_q[832], x_q[824], x_q[816], x_q[808], x_q[800], x_q[792], x_q[784], x_q[776],
      x_q[768], x_q[760], x_q[752], x_q[744], x_q[736], x_q[728], x_q[720], x_q[712], x_q[704], x_q[696], x_q[688],
      x_q[680], x_q[672], x_q[664], x_q[656], x_q[648], x_q[640], x_q[632], x_q[624], x_q[616], x_q[608], x_q[600],
      x_q[592], x_q[584], x_q[576], x_q[568], x_q[560], x_q[552], x_q[544], x_q[536], x_q[528], x_q[520], x_q[512],
      x_q[504], x_q[496], x_q[488], x_q[480], x_q[472], x_q[464], x_q[456], x_q[448], x_q[440], x_q[432], x_q[424],
      x_q[416], x_q[408], x_q[400], x_q[392], x_q[384], x_q[376], x_q[368], x_q[360], x_q[352], x_q[344], x_q[336],
      x_q[328], x_q[320], x_q[312], x_q[304], x_q[296], x_q[288], x_q[280], x_q[272], x_q[264], x_q[256], x_q[248],
      x_q[240], x_q[232], x_q[224], x_q[216], x_q[208], x_q[200], x_q[192], x_q[184], x_q[176], x_q[168], x_q[160],
      x_q[152], x_q[144], x_q[136], x_q[128], x_q[120], x_q[112], x_q[104], x_q[96], x_q[88], x_q[80], x_q[72], x_q[64],
      x_q[56], x_q[48], x_q[40], x_q[32], x_q[24], x_q[16], x_q[8], x_q[0]};
  wire [127:0] slice1;
  assign slice1 = {x_q[1017], x_q[1009], x_q[1001], x_q[993], x_q[985], x_q[977], x_q[969], x_q[961], x_q[953],
      x_q[945], x_q[937], x_q[929], x_q[921], x_q[913], x_q[905], x_q[897], x_q[889], x_q[881], x_q[873], x_q[865],
      x_q[857], x_q[849], x_q[841], x_q[833], x_q[825], x_q[817], x_q[809], x_q[801], x_q[793], x_q[785], x_q[777],
      x_q[769], x_q[761], x_q[753], x_q[745], x_q[737], x_q[729], x_q[721], x_q[713], x_q[705], x_q[697], x_q[689],
      x_q[681], x_q[673], x_q[665], x_q[657], x_q[649], x_q[641], x_q[633], x_q[625], x_q[617], x_q[609], x_q[601],
      x_q[593], x_q[585], x_q[577], x_q[569], x_q[561], x_q[553], x_q[545], x_q[537], x_q[529], x_q[521], x_q[513],
      x_q[505], x_q[497], x_q[489], x_q[481], x_q[473], x_q[465], x_q[457], x_q[449], x_q[441], x_q[433], x_q[425],
      x_q[417], x_q[409], x_q[401], x_q[393], x_q[385], x_q[377], x_q[369], x_q[361], x_q[353], x_q[345], x_q[337],
      x_q[329], x_q[321], x_q[313], x_q[305], x_q[297], x_q[289], x_q[281], x_q[273], x_q[265], x_q[257], x_q[249],
      x_q[241], x_q[233], x_q[225], x_q[217], x_q[209], x_q[201], x_q[193], x_q[185], x_q[177], x_q[169], x_q[161],
      x_q[153], x_q[145], x_q[137], x_q[129], x_q[121], x_q[113], x_q[105], x_q[97], x_q[89], x_q[81], x_q[73], x_q[65],
      x_q[57], x_q[49], x_q[41], x_q[33], x_q[25], x_q[17], x_q[9], x_q[1]};
  wire [127:0] slice2;
  assign slice2 = {x_q[1018], x_q[1010], x_q[1002], x_q[994], x_q[986], x_q[978], x_q[970], x_q[962], x_q[954],
      x_q[946], x_q[938], x_q[930], x_q[922], x_q[914], x_q[906], x_q[898], x_q[890], x_q[882], x_q[874], x_q[866],
      x_q[858], x_q[850], x_q[842], x_q[834], x_q[826], x_q[818], x_q[810], x_q[802], x_q[794], x_q[786], x_q[778],
      x_q[770], x_q[762], x_q[754], x_q[746], x_q[738], x_q[730], x_q[722], x_q[714], x_q[706], x_q[698], x_q[690],
      x_q[682], x_q[674], x_q[666], x_q[658], x_q[650], x_q[642], x_q[634], x_q[626], x_q[618], x_q[610], x_q[602],
      x_q[594], x_q[586], x_q[578], x_q[570], x_q[562], x_q[554], x_q[546], x_q[538], x_q[530], x_q[522], x_q[514],
      x_q[506], x_q[498], x_q[490], x_q[482], x_q[474], x_q[466], x_q[458], x_q[450], x_q[442], x_q[434], x_q[426],
      x_q[418], x_q[410], x_q[402], x_q[394], x_q[386], x_q[378], x_q[370], x_q[362], x_q[354], x_q[346], x_q[338],
      x_q[330], x_q[322], x_q[314], x_q[306], x_q[298], x_q[290], x_q[282], x_q[274], x_q[266], x_q[258], x_q[250],
      x_q[242], x_q[234], x_q[226], x_q[218], x_q[210], x_q[202], x_q[194], x_q[186], x_q[178], x_q[170], x_q[162],
      x_q[154], x_q[146], x_q[138], x_q[130], x_q[122], x_q[114], x_q[106], x_q[98], x_q[90], x_q[82], x_q[74], x_q[66],
      x_q[58], x_q[50], x_q[42], x_q[34], x_q[26], x_q[18], x_q[10], x_q[2]};
  wire [127:0] slice3;
  assign slice3 = {x_q[1019], x_q[1011], x_q[1003], x_q[995], x_q[987], x_q[979], x_q[971], x_q[963], x_q[955],
      x_q[947], x_q[939], x_q[931], x_q[923], x_q[915], x_q[907], x_q[899], x_q[891], x_q[883], x_q[875], x_q[867],
      x_q[859], x_q[851], x_q[843], x_q[835], x_q[827], x_q[819], x_q[811], x_q[803], x_q[795], x_q[787], x_q[779],
      x_q[771], x_q[763], x_q[755], x_q[747], x_q[739], x_q[731], x_q[723], x_q[715], x_q[707], x_q[699], x_q[691],
      x_q[683], x_q[675], x_q[667], x_q[659], x_q[651], x_q[643], x_q[635], x_q[627], x_q[619], x_q[611], x_q[603],
      x_q[595], x_q[587], x_q[579], x_q[571], x_q[563], x_q[555], x_q[547], x_q[539], x_q[531], x_q[523], x_q[515],
      x_q[507], x_q[499], x_q[491], x_q[483], x_q[475], x_q[467], x_q[459], x_q[451], x_q[443], x_q[435], x_q[427],
      x_q[419], x_q[411], x_q[403], x_q[395], x_q[387], x_q[379], x_q[371], x_q[363], x_q[355], x_q[347], x_q[339],
      x_q[331], x_q[323], x_q[315], x_q[307], x_q[299], x_q[291], x_q[283], x_q[275], x_q[267], x_q[259], x_q[251],
      x_q[243], x_q[235], x_q[227], x_q[219], x_q[211], x_q[203], x_q[195], x_q[187], x_q[179], x_q[171], x_q[163],
      x_q[155], x_q[147], x_q[139], x_q[131], x_q[123], x_q[115], x_q[107], x_q[99], x_q[91], x_q[83], x_q[75], x_q[67],
      x_q[59], x_q[51], x_q[43], x_q[35], x_q[27], x_q[19], x_q[11], x_q[3]};
  wire [127:0] slice4;
  assign slice4 = {x_q[1020], x_q[1012], x_q[1004], x_q[996], x_q[988], x_q[980], x_q[972], x_q[964], x_q[956],
      x_q[948], x_q[940], x_q[932], x_q[924], x_q[916], x_q[908], x_q[900], x_q[892], x_q[884], x_q[876], x_q[868],
      x_q[860], x_q[852], x_q[844], x_q[836], x_q[828], x_q[820], x_q[812], x_q[804], x_q[796], x_q[788], x_q[780],
      x_q[772], x_q[764], x_q[756], x_q[748], x_q[740], x_q[732], x_q[724], x_q[716], x_q[708], x_q[700], x_q[692],
      x_q[684], x_q[676], x_q[668], x_q[660], x_q[652], x_q[644], x_q[636], x_q[628], x_q[620], x_q[612], x_q[604],
      x_q[596], x_q[588], x_q[580], x_q[572], x_q[564], x_q[556], x_q[548], x_q[540], x_q[532], x_q[524], x_q[516],
      x_q[508], x_q[500], x_q[492], x_q[484], x_q[476], x_q[468], x_q[460], x_q[452], x_q[444], x_q[436], x_q[428],
      x_q[420], x_q[412], x_q[404], x_q[396], x_q[388], x_q[380], x_q[372], x_q[364], x_q[356], x_q[348], x_q[340],
      x_q[332], x_q[324], x_q[316], x_q[308], x_q[300], x_q[292], x_q[284], x_q[276], x_q[268], x_q[260], x_q[252],
      x_q[244], x_q[236], x_q[228], x_q[220], x_q[212], x_q[204], x_q[196], x_q[188], x_q[180], x_q[172], x_q[164],
      x_q[156], x_q[148], x_q[140], x_q[132], x_q[124], x_q[116], x_q[108], x_q[100], x_q[92], x_q[84], x_q[76],
      x_q[68], x_q[60], x_q[52], x_q[44], x_q[36], x_q[28], x_q[20], x_q[12], x_q[4]};
  wire [127:0] slice5;
  assign slice5 = {x_q[1021], x_q[1013], x_q[1005], x_q[997], x_q[989], x_q[981], x_q[973], x_q[965], x_q[957],
      x_q[949], x_q[941], x_q[933], x_q[925], x_q[917], x_q[909], x_q[901], x_q[893], x_q[885], x_q[877], x_q[869],
      x_q[861], x_q[853], x_q[845], x_q[837], x_q[829], x_q[821], x_q[813], x_q[805], x_q[797], x_q[789], x_q[781],
      x_q[773], x_q[765], x_q[757], x_q[749], x_q[741], x_q[733], x_q[725], x_q[717], x_q[709], x_q[701], x_q[693],
      x_q[685], x_q[677], x_q[669], x_q[661], x_q[653], x_q[645], x_q[637], x_q[629], x_q[621], x_q[613], x_q[605],
      x_q[597], x_q[589], x_q[581], x_q[573], x_q[565], x_q[557], x_q[549], x_q[541], x_q[533], x_q[525], x_q[517],
      x_q[509], x_q[501], x_q[493], x_q[485], x_q[477], x_q[469], x_q[461], x_q[453], x_q[445], x_q[437], x_q[429],
      x_q[421], x_q[413], x_q[405], x_q[397], x_q[389], x_q[381], x_q[373], x_q[365], x_q[357], x_q[349], x_q[341],
      x_q[333], x_q[325], x_q[317], x_q[309], x_q[301], x_q[293], x_q[285], x_q[277], x_q[269], x_q[261], x_q[253],
      x_q[245], x_q[237], x_q[229], x_q[221], x_q[213], x_q[205], x_q[197], x_q[189], x_q[181], x_q[173], x_q[165],
      x_q[157], x_q[149], x_q[141], x_q[133], x_q[125], x_q[117], x_q[109], x_q[101], x_q[93], x_q[85], x_q[77],
      x_q[69], x_q[61], x_q[53], x_q[45], x_q[37], x_q[29], x_q[21], x_q[13], x_q[5]};
  wire [127:0] slice6;
  assign slice6 = {x_q[1022], x_q[1014], x_q[1006], x_q[998], x_q[990], x_q[982], x_q[974], x_q[966], x_q[958],
      x_q[950], x_q[942], x_q[934], x_q[926], x_q[918], x_q[910], x_q[902], x_q[894], x_q[886], x_q[878], x_q[870],
      x_q[862], x_q[854], x_q[846], x_q[838], x_q[830], x_q[822], x_q[814], x_q[806], x_q[798], x_q[790], x_q[782],
      x_q[774], x_q[766], x_q[758], x_q[750], x_q[742], x_q[734], x_q[726], x_q[718], x_q[710], x_q[702], x_q[694],
      x_q[686], x_q[678], x_q[670], x_q[662], x_q[654], x_q[646], x_q[638], x_q[630], x_q[622], x_q[614], x_q[606],
      x_q[598], x_q[590], x_q[582], x_q[574], x_q[566], x_q[558], x_q[550], x_q[542], x_q[534], x_q[526], x_q[518],
      x_q[510], x_q[502], x_q[494], x_q[486], x_q[478], x_q[470], x_q[462], x_q[454], x_q[446], x_q[438], x_q[430],
      x_q[422], x_q[414], x_q[406], x_q[398], x_q[390], x_q[382], x_q[374], x_q[366], x_q[358], x_q[350], x_q[342],
      x_q[334], x_q[326], x_q[318], x_q[310], x_q[302], x_q[294], x_q[286], x_q[278], x_q[270], x_q[262], x_q[254],
      x_q[246], x_q[238], x_q[230], x_q[222], x_q[214], x_q[206], x_q[198], x_q[190], x_q[182], x_q[174], x_q[166],
      x_q[158], x_q[150], x_q[142], x_q[134], x_q[126], x_q[118], x_q[110], x_q[102], x_q[94], x_q[86], x_q[78],
      x_q[70], x_q[62], x_q[54], x_q[46], x_q[38], x_q[30], x_q[22], x_q[14], x_q[6]};
  wire [127:0] slice7;
  assign slice7 = {x_q[1023], x_q[1015], x_q[1007], x_q[999], x_q[991], x_q[983], x_q[975], x_q[967], x_q[959],
      x_q[951], x_q[943], x_q[935], x_q[927], x_q[919], x_q[911], x_q[903], x_q[895], x_q[887], x_q[879], x_q[871],
      x_q[863], x_q[855], x_q[847], x_q[839], x_q[831], x_q[823], x_q[815], x_q[807], x_q[799], x_q[791], x_q[783],
      x_q[775], x_q[767], x_q[759], x_q[751], x_q[743], x_q[735], x_q[727], x_q[719], x_q[711], x_q[703], x_q[695],
      x_q[687], x_q[679], x_q[671], x_q[663], x_q[655], x_q[647], x_q[639], x_q[631], x_q[623], x_q[615], x_q[607],
      x_q[599], x_q[591], x_q[583], x_q[575], x_q[567], x_q[559], x_q[551], x_q[543], x_q[535], x_q[527], x_q[519],
      x_q[511], x_q[503], x_q[495], x_q[487], x_q[479], x_q[471], x_q[463], x_q[455], x_q[447], x_q[439], x_q[431],
      x_q[423], x_q[415], x_q[407], x_q[399], x_q[391], x_q[383], x_q[375], x_q[367], x_q[359], x_q[351], x_q[343],
      x_q[335], x_q[327], x_q[319], x_q[311], x_q[303], x_q[295], x_q[287], x_q[279], x_q[271], x_q[263], x_q[255],
      x_q[247], x_q[239], x_q[231], x_q[223], x_q[215], x_q[207], x_q[199], x_q[191], x_q[183], x_q[175], x_q[167],
      x_q[159], x_q[151], x_q[143], x_q[135], x_q[127], x_q[119], x_q[111], x_q[103], x_q[95], x_q[87], x_q[79],
      x_q[71], x_q[63], x_q[55], x_q[47], x_q[39], x_q[31], x_q[23], x_q[15], x_q[7]};
  reg [127:0] drive;  // slice t
  always @(*) begin
    case (t_q)
      3'd1: begin
        drive = slice1;
      end
      3'd2: begin
        drive = slice2;
      end
      3'd3: begin
        drive = slice3;
      end
      3'd4: begin
        drive = slice4;
      end
      3'd5: begin
        drive = slice5;
      end
      3'd6: begin
        drive = slice6;
      end
      3'd7: begin
        drive = slice7;
      end
      default: begin
        drive = slice0;
      end
    endcase
  end
  assign wl_en_o = st_q == StDrive;
  assign dac_row_o = (st_q == StDrive) ? drive : 128'd0;
  assign sh_o = sample;
  assign slice_o = t_q;
  // Conversions: per neuron n, per line d, N comparisons MSB first
  reg [2:0] n_q;  // neuron
  reg [2:0] b_q;  // bit under trial
  reg [7:0] code_q;  // bits decided so far
  reg out_valid_q;
  reg [7:0] out_data_q;
  reg out_last_q;
  wire out_free;  // the output register can take a neuron this cycle
  assign out_free = !out_valid_q || out_ready_i;
  wire [7:0] trial;  // code with bit b set
  assign trial = code_q | (8'd1 << b_q);
  wire last_b;
  assign last_b = b_q == 3'd0;
  wire last_d;  // the neuron's last line
  assign last_d = 1'd1;
  wire last_neu;  // the last neuron
  assign last_neu = n_q == 3'd7;
  wire cmp_en;
  assign cmp_en = (st_q == StConv) && !((last_b && last_d) && !out_free);
  wire [7:0] code_f;  // the conversion's code after this comparison
  assign code_f = adc_cmp_i ? trial : code_q;
  wire [7:0] result;  // the neuron's output when its last comparison is made
  assign result = code_f;
  assign adc_neuron_o = n_q;
  assign adc_dac_o = cmp_en ? trial : 8'd0;
  assign adc_cmp_en_o = cmp_en;
  assign out_valid_o = out_valid_q;
  assign out_data_o = out_data_q;
  assign out_last_o = out_last_q;
  always @(*) begin
    st_d = st_q;
    case (st_q)
      StIdle: begin
        if (start) begin
          st_d = StDrive;
        end
      end
      StDrive: begin
        if (sample && last_t) begin
          st_d = StConv;
        end
      end
      StConv: begin
        if (((cmp_en && last_b) && last_d) && last_neu) begin
          st_d = StIdle;
        end
      end
      default: begin
        // a code no state has: kept
      end
    endcase
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      st_q <= StIdle;
    end else begin
      st_q <= st_d;
    end
  end
  always @(posedge clk_i or negedge rst_ni) begin
    if (!rst_ni) begin
      out_valid_q <= 1'd0;
    end else begin
      if (out_valid_q && out_ready_i) begin
        out_valid_q <= 1'd0;
      end
      if ((cmp_en && last_b) && last_d) begin
        out_valid_q <= 1'd1;
      end
    end
  end
  always @(posedge clk_i) begin
    if (start) begin
      x_q <= ib_q;
      t_q <= 3'd0;
      s_q <= 1'd0;
    end
    if (st_q == StDrive) begin
      if (sample) begin
        s_q <= 1'd0;
        if (!last_t) begin
          t_q <= t_q + 3'd1;
        end
      end else begin
        s_q <= s_q + 1'd1;
      end
    end
    if (sample && last_t) begin
      n_q <= 3'd0;
      b_q <= 3'd7;
      code_q <= 8'd0;
    end
    if (cmp_en) begin
      if (last_b) begin
        b_q <= 3'd7;
        code_q <= 8'd0;
        if (last_d) begin
          out_data_q <= result;
          out_last_q <= last_neu;
          n_q <= n_q + 3'd1;
        end
      end else begin
        b_q <= b_q - 3'd1;
        code_q <= code_f;
      end
    end
  end
`ifdef FORMAL
  reg f_past_valid = 1'd0;
  initial assume (!rst_ni);
  reg [3:0] f_cmp_q = 4'd0;
  reg [3:0] f_beats_q = 4'd0;
  wire [8:0] f_mask;  // bits b and below
  assign f_mask = (9'd2 << b_q) - 9'd1;
  always @(posedge clk_i) begin
    f_past_valid <= 1'd1;
    if (!rst_ni || start) begin
      f_beats_q <= 4'd0;
    end
    if (((rst_ni && cmp_en) && last_b) && last_d) begin
      f_beats_q <= f_beats_q + 4'd1;
    end
    if (!rst_ni || (sample && last_t)) begin
      f_cmp_q <= 4'd0;
    end
    if (rst_ni && cmp_en) begin
      f_cmp_q <= last_b ? 4'd0 : (f_cmp_q + 4'd1);
    end
    if (f_past_valid) begin
      if (!$past(rst_ni)) begin
        assert (st_q == StIdle);
        assert (!out_valid_o);
        assert ((!wl_en_o && !sh_o) && !adc_cmp_en_o);
      end
      if (rst_ni) begin
        assert (((st_q == StIdle) || (st_q == StDrive)) || (st_q == StConv));
        assert (wl_en_o == (st_q == StDrive));
        if (!wl_en_o) begin
          assert (dac_row_o == 128'd0);
        end
        if (st_q == StDrive) begin
          assert (t_q <= 3'd7);
          assert (s_q <= 1'd1);
        end
        if (st_q == StConv) begin
          assert (n_q <= 3'd7);
          assert (b_q <= 3'd7);
          // SAR: the bits at and below the trial bit are undecided; N comparisons per conversion
          assert ((code_q & f_mask[7:0]) == 8'd0);
          assert (({1'd0, b_q} + f_cmp_q) == 4'd7);
          assert ({1'd0, n_q} == f_beats_q);
        end
        if (!adc_cmp_en_o) begin
          assert (adc_dac_o == 8'd0);
        end
        if (adc_cmp_en_o) begin
          assert (adc_dac_o == trial);
        end
        if (out_valid_o && out_last_o) begin
          assert ((st_q != StConv) || (f_beats_q == 4'd0));
        end
      end
      if ($past(rst_ni) && rst_ni) begin
        // a slice is held while it settles, and the next one follows its sample
        if ($past((st_q == StDrive) && !sample) && (st_q == StDrive)) begin
          assert (dac_row_o == $past(dac_row_o));
          assert (t_q == $past(t_q));
          assert (s_q == ($past(s_q) + 1'd1));
        end
        if ($past(sample && !last_t)) begin
          assert (st_q == StDrive);
          assert (t_q == ($past(t_q) + 3'd1));
          assert (s_q == 1'd0);
        end
        if ($past(start)) begin
          assert (t_q == 3'd0);
          assert (st_q == StDrive);
        end
        // output handshake
        if ($past(out_valid_o && !out_ready_i)) begin
          assert (out_valid_o);
          assert (out_data_o == $past(out_data_o));
          assert (out_last_o == $past(out_last_o));
        end
      end
      cover ((out_valid_o && out_ready_i) && out_last_o);
    end
  end
`endif  // FORMAL
endmodule
