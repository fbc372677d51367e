#include "vlog.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

namespace cimgen::vlog {

// ------------------------------------------------------------- expressions
Expr make_expr(std::string text, bool atomic) {
  Expr e;
  e.text_ = std::move(text);
  e.atomic_ = atomic;
  return e;
}

std::string Expr::operand() const { return atomic_ ? text_ : "(" + text_ + ")"; }

Expr Expr::operator[](int bit) const { return make_expr(fmt::format("{}[{}]", operand(), bit), true); }

Expr Expr::slice(int hi, int lo) const {
  if (hi < lo) throw std::logic_error(fmt::format("vlog: slice [{}:{}] of {}", hi, lo, text_));
  return make_expr(fmt::format("{}[{}:{}]", operand(), hi, lo), true);
}

Expr Expr::operator[](const Expr& index) const {
  return make_expr(fmt::format("{}[{}]", operand(), index.text()), true);
}

Expr Expr::part(const Expr& lo, int width) const {
  return make_expr(fmt::format("{}[{} +: {}]", operand(), lo.text(), width), true);
}

Expr id(const std::string& name) {
  if (name.empty()) throw std::logic_error("vlog: empty identifier");
  return make_expr(name, true);
}

static void check_width(int width, uint64_t value) {
  if (width < 1 || width > 65536) throw std::logic_error(fmt::format("vlog: literal width {}", width));
  if (width < 64 && (value >> width) != 0)
    throw std::logic_error(fmt::format("vlog: literal {} does not fit in {} bits", value, width));
}

Expr lit(int width, uint64_t value) {
  check_width(width, value);
  return make_expr(fmt::format("{}'d{}", width, value), true);
}

Expr slit(int width, int64_t value) {
  if (width > 64) {
    // Wider than 64 bits: the sign extension of a 64-bit pattern.
    return make_expr(fmt::format("{{{{{}{{1'b{}}}}}, 64'h{:x}}}", width - 64, value < 0 ? 1 : 0,
                                 static_cast<uint64_t>(value)),
                     true);
  }
  if (width < 2) throw std::logic_error(fmt::format("vlog: signed literal width {}", width));
  const int64_t lo = width == 64 ? INT64_MIN : -(int64_t(1) << (width - 1));
  const int64_t hi = width == 64 ? INT64_MAX : (int64_t(1) << (width - 1)) - 1;
  if (value < lo || value > hi)
    throw std::logic_error(fmt::format("vlog: signed literal {} does not fit in {} bits", value, width));
  const uint64_t mask = width == 64 ? ~uint64_t(0) : (uint64_t(1) << width) - 1;
  return make_expr(fmt::format("{}'sh{:x}", width, static_cast<uint64_t>(value) & mask), true);
}

Expr num(int64_t value) { return make_expr(fmt::format("{}", value), value >= 0); }

Expr zeros(int width) { return lit(width, 0); }

Expr ones(int width) {
  check_width(width, 0);
  return make_expr(fmt::format("{{{}{{1'b1}}}}", width), true);
}

static Expr binary(const Expr& a, const char* op, const Expr& b) {
  return make_expr(fmt::format("{} {} {}", a.operand(), op, b.operand()), false);
}

Expr operator+(const Expr& a, const Expr& b) { return binary(a, "+", b); }
Expr operator-(const Expr& a, const Expr& b) { return binary(a, "-", b); }
Expr operator*(const Expr& a, const Expr& b) { return binary(a, "*", b); }
Expr operator&(const Expr& a, const Expr& b) { return binary(a, "&", b); }
Expr operator|(const Expr& a, const Expr& b) { return binary(a, "|", b); }
Expr operator^(const Expr& a, const Expr& b) { return binary(a, "^", b); }
Expr operator<<(const Expr& a, const Expr& b) { return binary(a, "<<", b); }
Expr operator>>(const Expr& a, const Expr& b) { return binary(a, ">>", b); }
Expr operator==(const Expr& a, const Expr& b) { return binary(a, "==", b); }
Expr operator!=(const Expr& a, const Expr& b) { return binary(a, "!=", b); }
Expr operator<(const Expr& a, const Expr& b) { return binary(a, "<", b); }
Expr operator<=(const Expr& a, const Expr& b) { return binary(a, "<=", b); }
Expr operator>(const Expr& a, const Expr& b) { return binary(a, ">", b); }
Expr operator>=(const Expr& a, const Expr& b) { return binary(a, ">=", b); }
Expr operator&&(const Expr& a, const Expr& b) { return binary(a, "&&", b); }
Expr operator||(const Expr& a, const Expr& b) { return binary(a, "||", b); }
Expr ashr(const Expr& a, const Expr& b) { return binary(a, ">>>", b); }
Expr operator~(const Expr& a) { return make_expr("~" + a.operand(), true); }
Expr operator!(const Expr& a) { return make_expr("!" + a.operand(), true); }
Expr operator-(const Expr& a) { return make_expr("-" + a.operand(), false); }
Expr reduce_or(const Expr& e) { return make_expr("|" + e.operand(), false); }
Expr reduce_and(const Expr& e) { return make_expr("&" + e.operand(), false); }

Expr mux(const Expr& cond, const Expr& a, const Expr& b) {
  return make_expr(fmt::format("{} ? {} : {}", cond.operand(), a.operand(), b.operand()), false);
}

Expr cat(const std::vector<Expr>& parts) {
  if (parts.empty()) throw std::logic_error("vlog: empty concatenation");
  std::string s = "{";
  for (size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "") + parts[i].text();
  return make_expr(s + "}", true);
}

Expr cat(std::initializer_list<Expr> parts) { return cat(std::vector<Expr>(parts)); }

Expr repl(int count, const Expr& e) {
  if (count < 1) throw std::logic_error("vlog: replication count < 1");
  return make_expr(fmt::format("{{{}{{{}}}}}", count, e.text()), true);
}

Expr as_signed(const Expr& e) { return make_expr("$signed(" + e.text() + ")", true); }
Expr as_unsigned(const Expr& e) { return make_expr("$unsigned(" + e.text() + ")", true); }
Expr past(const Expr& e) { return make_expr("$past(" + e.text() + ")", true); }

// --------------------------------------------------------------- statements
static Stmt simple(Stmt::Kind kind, const Expr& lhs, const Expr& rhs) {
  Stmt s;
  s.kind = kind;
  s.lhs = lhs;
  s.rhs = rhs;
  return s;
}

Body& Body::nb(const Expr& lhs, const Expr& rhs) {
  stmts_.push_back(simple(Stmt::Kind::NonBlocking, lhs, rhs));
  return *this;
}

Body& Body::assign(const Expr& lhs, const Expr& rhs) {
  stmts_.push_back(simple(Stmt::Kind::Blocking, lhs, rhs));
  return *this;
}

Body& Body::if_(const Expr& cond, const Fill& then_fill, const Fill& else_fill) {
  Stmt s;
  s.kind = Stmt::Kind::If;
  s.rhs = cond;
  Body t, e;
  then_fill(t);
  if (else_fill) else_fill(e);
  s.then_body = t.stmts_;
  s.else_body = e.stmts_;
  stmts_.push_back(std::move(s));
  return *this;
}

Body& Body::case_(const Expr& sel, const std::vector<std::pair<std::vector<Expr>, Fill>>& items,
                  const Fill& default_fill) {
  Stmt s;
  s.kind = Stmt::Kind::Case;
  s.rhs = sel;
  for (const auto& [labels, fill] : items) {
    if (labels.empty()) throw std::logic_error("vlog: case item without labels");
    Body b;
    fill(b);
    s.items.push_back({labels, b.stmts_});
  }
  Body d;
  if (default_fill) default_fill(d);
  s.items.push_back({{}, d.stmts_});
  stmts_.push_back(std::move(s));
  return *this;
}

Body& Body::assert_(const Expr& cond) {
  stmts_.push_back(simple(Stmt::Kind::Assert, Expr(), cond));
  return *this;
}

Body& Body::assume(const Expr& cond) {
  stmts_.push_back(simple(Stmt::Kind::Assume, Expr(), cond));
  return *this;
}

Body& Body::cover(const Expr& cond) {
  stmts_.push_back(simple(Stmt::Kind::Cover, Expr(), cond));
  return *this;
}

Body& Body::comment(const std::string& text) {
  Stmt s;
  s.kind = Stmt::Kind::Comment;
  s.comment = text;
  stmts_.push_back(std::move(s));
  return *this;
}

// ------------------------------------------------------------------ modules
static bool valid_identifier(const std::string& name) {
  if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_')) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

Module::Module(std::string name) : name_(std::move(name)) {
  if (!valid_identifier(name_)) throw std::logic_error("vlog: bad module name " + name_);
}

void Module::header(const std::vector<std::string>& lines) { header_ = lines; }

static std::string range(int width) {
  if (width < 1) throw std::logic_error(fmt::format("vlog: width {}", width));
  return width == 1 ? std::string() : fmt::format("[{}:0]", width - 1);
}

static Port make_port(Dir dir, const std::string& name, int width, const std::string& doc, bool is_signed,
                      bool is_reg) {
  if (!valid_identifier(name)) throw std::logic_error("vlog: bad port name " + name);
  range(width);
  return Port{dir, name, width, is_signed, is_reg, doc};
}

Expr Module::input(const std::string& name, int width, const std::string& doc, bool is_signed) {
  ports_.push_back(make_port(Dir::Input, name, width, doc, is_signed, false));
  return id(name);
}

Expr Module::output(const std::string& name, int width, const std::string& doc, bool is_signed) {
  ports_.push_back(make_port(Dir::Output, name, width, doc, is_signed, false));
  return id(name);
}

Expr Module::output_reg(const std::string& name, int width, const std::string& doc, bool is_signed) {
  ports_.push_back(make_port(Dir::Output, name, width, doc, is_signed, true));
  return id(name);
}

Expr Module::add_decl(const std::string& kind, const std::string& name, int width, const std::string& doc,
                      bool is_signed, const std::string& attr, const std::string& init) {
  if (!valid_identifier(name)) throw std::logic_error("vlog: bad identifier " + name);
  Item it;
  it.kind = Item::Kind::Decl;
  std::string r = range(width);
  it.text = attr + kind + (is_signed ? " signed" : "") + (r.empty() ? "" : " " + r) + " " + name +
            (init.empty() ? "" : " = " + init) + ";";
  it.doc = doc;
  it.name = name;
  items_.push_back(std::move(it));
  return id(name);
}

Expr Module::localparam(const std::string& name, int64_t value, const std::string& doc) {
  if (!valid_identifier(name)) throw std::logic_error("vlog: bad identifier " + name);
  Item it;
  it.kind = Item::Kind::Decl;
  it.text = fmt::format("localparam integer {} = {};", name, value);
  it.doc = doc;
  items_.push_back(std::move(it));
  return id(name);
}

Expr Module::localparam_bits(const std::string& name, int width, uint64_t value, const std::string& doc) {
  return localparam_bits(name, width, lit(width, value), doc);
}

Expr Module::localparam_bits(const std::string& name, int width, const Expr& value, const std::string& doc) {
  if (!valid_identifier(name)) throw std::logic_error("vlog: bad identifier " + name);
  Item it;
  it.kind = Item::Kind::Decl;
  // Always sized (`[0:0]` too): a genvar's value is a 32-bit integer.
  it.text = fmt::format("localparam [{}:0] {} = {};", width - 1, name, value.text());
  it.doc = doc;
  items_.push_back(std::move(it));
  return id(name);
}

Expr Module::wire(const std::string& name, int width, const std::string& doc, bool is_signed) {
  return add_decl("wire", name, width, doc, is_signed);
}

Expr Module::reg(const std::string& name, int width, const std::string& doc, bool is_signed) {
  return add_decl("reg", name, width, doc, is_signed);
}

void Module::drop_formal() {
  if (in_formal_) throw std::logic_error("vlog: drop_formal() inside formal()");
  bool in = false;
  std::vector<Item> kept;
  for (auto& it : items_) {
    const Item::Kind kind = it.kind;
    if (kind == Item::Kind::FormalBegin) in = true;
    if (!in) kept.push_back(std::move(it));
    if (kind == Item::Kind::FormalEnd) in = false;
  }
  items_ = std::move(kept);
}

void Module::retarget(const std::string& from, const std::string& to) {
  for (auto& it : items_)
    if (it.kind == Item::Kind::Instance && it.inst.module == from) it.inst.module = to;
}

Expr Module::memory(const std::string& name, int width, int depth, const std::string& doc) {
  if (!valid_identifier(name)) throw std::logic_error("vlog: bad identifier " + name);
  if (depth < 1) throw std::logic_error(fmt::format("vlog: memory depth {}", depth));
  Item it;
  it.kind = Item::Kind::Decl;
  const std::string r = range(width);
  it.text = fmt::format("reg {}{} [0:{}];", r.empty() ? "" : r + " ", name, depth - 1);
  it.doc = doc;
  it.name = name;
  items_.push_back(std::move(it));
  return id(name);
}

Expr Module::formal_reg(const std::string& name, int width, const Expr& init, bool is_signed) {
  if (!in_formal_) throw std::logic_error("vlog: formal_reg outside formal()");
  return add_decl("reg", name, width, "", is_signed, "", init.text());
}

Expr Module::formal_any(const std::string& name, int width, bool constant, bool is_signed) {
  if (!in_formal_) throw std::logic_error("vlog: formal_any outside formal()");
  return add_decl("wire", name, width, "", is_signed, constant ? "(* anyconst *) " : "(* anyseq *) ");
}

void Module::initial_assume(const Expr& cond) {
  if (!in_formal_) throw std::logic_error("vlog: initial_assume outside formal()");
  Item it;
  it.kind = Item::Kind::InitialAssume;
  it.rhs = cond;
  items_.push_back(std::move(it));
}

void Module::assign(const Expr& lhs, const Expr& rhs) {
  Item it;
  it.kind = Item::Kind::Assign;
  it.lhs = lhs;
  it.rhs = rhs;
  items_.push_back(std::move(it));
}

void Module::comment(const std::string& text) {
  Item it;
  it.kind = Item::Kind::Comment;
  it.text = text;
  items_.push_back(std::move(it));
}

void Module::blank() {
  Item it;
  it.kind = Item::Kind::Blank;
  items_.push_back(std::move(it));
}

void Module::always_ff(const Expr& clk, const Expr& rst_n, ResetStyle style, const Body::Fill& reset_fill,
                       const Body::Fill& clocked_fill) {
  Item it;
  it.kind = Item::Kind::Always;
  it.sensitivity = "posedge " + clk.text();
  if (style == ResetStyle::AsyncLow) it.sensitivity += " or negedge " + rst_n.text();
  it.reset = style == ResetStyle::AsyncLow ? "async" : "sync";
  Body b;
  b.if_(!rst_n, reset_fill, clocked_fill);
  it.body = b.stmts();
  items_.push_back(std::move(it));
}

void Module::always_ff_noreset(const Expr& clk, const Body::Fill& fill) { always_at(clk, fill); }

void Module::always_at(const Expr& clk, const Body::Fill& fill) {
  Item it;
  it.kind = Item::Kind::Always;
  it.sensitivity = "posedge " + clk.text();
  Body b;
  fill(b);
  it.body = b.stmts();
  items_.push_back(std::move(it));
}

void Module::always_comb(const Body::Fill& fill) {
  Item it;
  it.kind = Item::Kind::Always;
  it.sensitivity = "*";
  Body b;
  fill(b);
  it.body = b.stmts();
  items_.push_back(std::move(it));
}

void Module::instance(const Instance& inst) {
  if (!valid_identifier(inst.module) || !valid_identifier(inst.name))
    throw std::logic_error("vlog: bad instance " + inst.module + " " + inst.name);
  Item it;
  it.kind = Item::Kind::Instance;
  it.inst = inst;
  items_.push_back(std::move(it));
}

Expr Module::generate_for(const std::string& label, const std::string& var, int count) {
  if (in_formal_) throw std::logic_error("vlog: generate_for() inside formal()");
  if (!valid_identifier(label) || !valid_identifier(var)) throw std::logic_error("vlog: bad generate " + label);
  if (count < 1) throw std::logic_error(fmt::format("vlog: generate {} of {} iterations", label, count));
  for (const auto& [l, v] : gen_open_)
    if (v == var || l == label) throw std::logic_error(fmt::format("vlog: generate {} inside {} reuses its name", label, l));
  gen_open_.emplace_back(label, var);
  Item it;
  it.kind = Item::Kind::GenerateBegin;
  it.text = var;
  it.name = label;
  it.count = count;
  items_.push_back(std::move(it));
  return id(var);
}

void Module::end_generate() {
  if (gen_open_.empty()) throw std::logic_error("vlog: end_generate() without generate_for()");
  gen_open_.pop_back();
  Item it;
  it.kind = Item::Kind::GenerateEnd;
  items_.push_back(std::move(it));
}

Expr scoped(const std::string& label, int index, const Expr& name, int count) {
  if (count > kGenerateMax) return id(fmt::format("{0}_blk[{1}].{0}[{2}].{3}", label, index / kGenerateMax, index, name.text()));
  return id(fmt::format("{}[{}].{}", label, index, name.text()));
}

Module& Module::formal() {
  if (in_formal_) throw std::logic_error("vlog: nested formal()");
  if (!gen_open_.empty()) throw std::logic_error("vlog: formal() inside generate_for()");
  in_formal_ = true;
  Item it;
  it.kind = Item::Kind::FormalBegin;
  items_.push_back(std::move(it));
  return *this;
}

void Module::end_formal() {
  if (!in_formal_) throw std::logic_error("vlog: end_formal() without formal()");
  in_formal_ = false;
  Item it;
  it.kind = Item::Kind::FormalEnd;
  items_.push_back(std::move(it));
}

// ----------------------------------------------------------------- printing
namespace {

std::string pad(int level) { return std::string(2 * level, ' '); }

std::string with_doc(const std::string& text, const std::string& doc) {
  return doc.empty() ? text : text + "  // " + doc;
}

void emit_body(std::string& out, const std::vector<Stmt>& body, int level);

void emit_block(std::string& out, const std::vector<Stmt>& body, int level) {
  // Caller has written "... begin"; this writes the statements and "end".
  out += "\n";
  emit_body(out, body, level + 1);
  out += pad(level) + "end";
}

void emit_if(std::string& out, const Stmt& s, int level, bool continuation) {
  if (!continuation) out += pad(level);
  out += "if (" + s.rhs.text() + ") begin";
  emit_block(out, s.then_body, level);
  if (s.else_body.size() == 1 && s.else_body[0].kind == Stmt::Kind::If) {
    out += " else ";
    emit_if(out, s.else_body[0], level, true);
    return;
  }
  if (!s.else_body.empty()) {
    out += " else begin";
    emit_block(out, s.else_body, level);
  }
  if (!continuation) out += "\n";
}

void emit_stmt(std::string& out, const Stmt& s, int level) {
  switch (s.kind) {
    case Stmt::Kind::NonBlocking:
      out += pad(level) + s.lhs.text() + " <= " + s.rhs.text() + ";\n";
      break;
    case Stmt::Kind::Blocking:
      out += pad(level) + s.lhs.text() + " = " + s.rhs.text() + ";\n";
      break;
    case Stmt::Kind::If: {
      std::string text;
      emit_if(text, s, level, false);
      if (text.back() != '\n') text += "\n";
      out += text;
      break;
    }
    case Stmt::Kind::Case:
      out += pad(level) + "case (" + s.rhs.text() + ")\n";
      for (const auto& item : s.items) {
        std::string labels;
        for (size_t i = 0; i < item.labels.size(); ++i) labels += (i ? ", " : "") + item.labels[i].text();
        out += pad(level + 1) + (item.labels.empty() ? std::string("default") : labels) + ": begin";
        emit_block(out, item.body, level + 1);
        out += "\n";
      }
      out += pad(level) + "endcase\n";
      break;
    case Stmt::Kind::Assert:
      out += pad(level) + "assert (" + s.rhs.text() + ");\n";
      break;
    case Stmt::Kind::Assume:
      out += pad(level) + "assume (" + s.rhs.text() + ");\n";
      break;
    case Stmt::Kind::Cover:
      out += pad(level) + "cover (" + s.rhs.text() + ");\n";
      break;
    case Stmt::Kind::Comment:
      out += pad(level) + "// " + s.comment + "\n";
      break;
  }
}

void emit_body(std::string& out, const std::vector<Stmt>& body, int level) {
  for (const auto& s : body) emit_stmt(out, s, level);
}

}  // namespace

std::string Module::emit() const {
  if (in_formal_) throw std::logic_error("vlog: formal() block not closed in " + name_);
  if (!gen_open_.empty()) throw std::logic_error("vlog: generate_for() not closed in " + name_);
  std::string out;
  for (const auto& h : header_) out += h.empty() ? "//\n" : "// " + h + "\n";
  if (!header_.empty()) out += "\n";

  out += "module " + name_ + " (\n";
  size_t range_w = 0;
  for (const auto& p : ports_) range_w = std::max(range_w, (p.is_signed ? 7 : 0) + range(p.width).size());
  for (size_t i = 0; i < ports_.size(); ++i) {
    const auto& p = ports_[i];
    std::string type = std::string(p.dir == Dir::Input ? "input " : "output") + (p.is_reg ? " reg " : " wire");
    std::string r = (p.is_signed ? std::string("signed ") : std::string()) + range(p.width);
    std::string line = fmt::format("  {} {:<{}} {}{}", type, r, range_w, p.name, i + 1 < ports_.size() ? "," : "");
    out += with_doc(line, p.doc) + "\n";
  }
  out += ");\n";

  int level = 1;            // 3 inside a generate loop, 4 inside one run in blocks, more inside nested loops
  std::vector<bool> loops;  // the open generate loops, outermost first: whether each runs in blocks
  std::set<std::string> genvars;  // declared so far
  for (const auto& it : items_) {
    const std::string p = pad(level);
    switch (it.kind) {
      case Item::Kind::Decl:
        out += with_doc(p + it.text, it.doc) + "\n";
        break;
      case Item::Kind::Assign:
        out += p + "assign " + it.lhs.text() + " = " + it.rhs.text() + ";\n";
        break;
      case Item::Kind::Comment:
        out += p + "// " + it.text + "\n";
        break;
      case Item::Kind::Blank:
        out += "\n";
        break;
      case Item::Kind::Always:
        out += p + "always @(" + it.sensitivity + ") begin\n";
        emit_body(out, it.body, level + 1);
        out += p + "end\n";
        break;
      case Item::Kind::Instance: {
        const auto& in = it.inst;
        out += p + in.module;
        if (!in.params.empty()) {
          out += " #(\n";
          for (size_t i = 0; i < in.params.size(); ++i)
            out += fmt::format("{}  .{}({}){}\n", p, in.params[i].first, in.params[i].second.text(),
                               i + 1 < in.params.size() ? "," : "");
          out += p + ")";
        }
        out += " " + in.name + " (\n";
        for (size_t i = 0; i < in.conns.size(); ++i)
          out += fmt::format("{}  .{}({}){}\n", p, in.conns[i].first, in.conns[i].second.text(),
                             i + 1 < in.conns.size() ? "," : "");
        out += p + ");\n";
        break;
      }
      case Item::Kind::FormalBegin:
        out += "`ifdef FORMAL\n";
        break;
      case Item::Kind::FormalEnd:
        out += "`endif  // FORMAL\n";
        break;
      case Item::Kind::InitialAssume:
        out += p + "initial assume (" + it.rhs.text() + ");\n";
        break;
      case Item::Kind::GenerateBegin: {
        // The outermost loop opens a generate region and declares (once in the module) the genvars of
        // the loops it holds; a loop inside it is a plain `for` in its body.
        const bool blocks = it.count > kGenerateMax, outer = loops.empty();
        if (outer) {
          std::vector<std::string> fresh;
          int depth = 0;
          for (size_t k = size_t(&it - items_.data()); k < items_.size(); ++k) {
            const Item& g = items_[k];
            if (g.kind == Item::Kind::GenerateEnd && --depth == 0) break;
            if (g.kind != Item::Kind::GenerateBegin) continue;
            ++depth;
            for (const std::string& v : g.count > kGenerateMax ? std::vector<std::string>{g.text + "_blk", g.text}
                                                               : std::vector<std::string>{g.text})
              if (genvars.insert(v).second) fresh.push_back(v);
          }
          if (!fresh.empty()) out += fmt::format("{}genvar {};\n", p, fmt::join(fresh, ", "));
          out += p + "generate\n";
          ++level;
        }
        const std::string q = pad(level);
        if (!blocks) {
          out += fmt::format("{0}for ({1} = 0; {1} < {2}; {1} = {1} + 1) begin : {3}\n", q, it.text, it.count, it.name);
          level += 1;
        } else {
          out += fmt::format(
              "{0}for ({1}_blk = 0; {1}_blk < {2}; {1}_blk = {1}_blk + 1) begin : {3}_blk\n"
              "{4}for ({1} = {5} * {1}_blk; ({1} < ({5} * {1}_blk) + {5}) && ({1} < {6}); {1} = {1} + 1) begin : {3}\n",
              q, it.text, (it.count + kGenerateMax - 1) / kGenerateMax, it.name, pad(level + 1), kGenerateMax,
              it.count);
          level += 2;
        }
        loops.push_back(blocks);
        break;
      }
      case Item::Kind::GenerateEnd:
        if (loops.back()) out += pad(--level) + "end\n";
        out += pad(--level) + "end\n";
        loops.pop_back();
        if (loops.empty()) out += pad(--level) + "endgenerate\n";
        break;
    }
  }
  out += "endmodule\n";
  return wrap_lines(out);
}

namespace {

// Appends `line` to `out`, broken as wrap_lines() describes.
void wrap_line(const std::string& line, std::size_t limit, std::string& out) {
  const std::size_t indent = line.find_first_not_of(' ');
  if (line.size() <= limit || indent == std::string::npos || line[indent] == '`') {
    out += line + "\n";
    return;
  }
  if (line.compare(indent, 2, "//") == 0) {  // a comment: words moved to `//   ` lines
    const std::string cont = line.substr(0, indent) + "//   ";
    std::size_t seg = 0, prefix = 0;
    while (prefix + line.size() - seg > limit) {
      const std::size_t at = line.rfind(' ', seg + limit - prefix);
      if (at == std::string::npos || at <= seg + indent + 3) break;
      out += (seg ? cont : std::string()) + line.substr(seg, at - seg) + "\n";
      seg = line.find_first_not_of(' ', at);
      prefix = cont.size();
    }
    out += (seg ? cont : std::string()) + line.substr(seg) + "\n";
    return;
  }
  // Candidate breaks: single spaces in the code, each with its cost; where the code ends.
  struct Break {
    std::size_t at;
    int cost;
  };
  std::vector<Break> breaks;
  std::size_t code_end = line.size();
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = indent; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') {
      code_end = i;
      break;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      --depth;
    } else if (c == ' ' && line[i - 1] != ' ' && i + 1 < line.size() && line[i + 1] != ' ') {
      // Cost: the open brackets; between statements is better, inside a list after a comma worse.
      breaks.push_back({i, 2 * depth + (line[i - 1] == ';' ? -1 : line[i - 1] == ',' ? 1 : 0)});
    }
  }
  const std::string pad(indent, ' ');
  std::string code = line.substr(0, code_end);
  while (!code.empty() && code.back() == ' ') code.pop_back();
  if (code_end < line.size()) wrap_line(pad + line.substr(code_end), limit, out);  // a trailing comment goes above
  const std::string cont(indent + 4, ' ');
  std::size_t seg = 0, prefix = 0;  // where the current piece starts in `code`; its printed indentation
  auto it = breaks.begin();
  while (prefix + code.size() - seg > limit) {
    while (it != breaks.end() && it->at <= seg) ++it;
    if (it == breaks.end()) break;
    // The cheapest break in the second half of the room left, the last of
    // those; else the first break at all (the piece overflows).
    const std::size_t room = limit - prefix, from = seg + room / 2, to = seg + room;
    auto best = breaks.end();
    for (auto b = it; b != breaks.end() && b->at <= to; ++b)
      if (b->at >= from && (best == breaks.end() || b->cost <= best->cost)) best = b;
    if (best == breaks.end()) best = it;
    out += (seg ? cont : std::string()) + code.substr(seg, best->at - seg) + "\n";
    seg = best->at + 1;
    prefix = cont.size();
  }
  out += (seg ? cont : std::string()) + code.substr(seg) + "\n";
}

}  // namespace

std::string wrap_lines(const std::string& text, std::size_t limit) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    wrap_line(text.substr(at, end - at), limit, out);
    at = end + 1;
  }
  if (!text.empty() && text.back() != '\n') out.pop_back();
  return out;
}

namespace {

// The signal an assignment's left-hand side writes: its text up to the first select.
std::string target_name(const Expr& lhs) {
  const std::string& t = lhs.text();
  return t.substr(0, t.find_first_of("[ "));
}

void collect_targets(const std::vector<Stmt>& body, std::vector<std::string>& out) {
  for (const auto& s : body) {
    if (s.kind == Stmt::Kind::NonBlocking || s.kind == Stmt::Kind::Blocking) out.push_back(target_name(s.lhs));
    collect_targets(s.then_body, out);
    collect_targets(s.else_body, out);
    for (const auto& c : s.items) collect_targets(c.body, out);
  }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> Module::registers() const {
  std::vector<std::pair<std::string, std::string>> regs;
  auto add = [&](const std::vector<std::string>& names, const std::string& reset) {
    for (const auto& n : names) {
      auto it = std::find_if(regs.begin(), regs.end(), [&](const auto& r) { return r.first == n; });
      if (it == regs.end()) regs.emplace_back(n, reset);
      else if (it->second == "none" && reset != "none") it->second = reset;
    }
  };
  bool formal = false;
  struct Open {
    const Item* loop;
    std::vector<std::string> names;  // declared in it
  };
  std::vector<Open> open;  // the generate loops the items are in, outermost first
  // A name assigned inside generate loops is the module's, or one per iteration of the loop that declares it
  // and of the loops around that one.
  auto scope = [&](std::vector<std::string> names) {
    std::vector<std::string> out;
    for (const auto& n : names) {
      size_t k = open.size();
      while (k > 0 && std::find(open[k - 1].names.begin(), open[k - 1].names.end(), n) == open[k - 1].names.end()) --k;
      std::vector<std::string> flat{n};
      for (size_t j = k; j-- > 0;) {
        std::vector<std::string> wider;
        for (int i = 0; i < open[j].loop->count; ++i)
          for (const auto& f : flat) wider.push_back(scoped(open[j].loop->name, i, id(f), open[j].loop->count).text());
        flat = wider;
      }
      out.insert(out.end(), flat.begin(), flat.end());
    }
    return out;
  };
  for (const auto& it : items_) {
    if (it.kind == Item::Kind::FormalBegin) formal = true;
    if (it.kind == Item::Kind::FormalEnd) formal = false;
    if (it.kind == Item::Kind::GenerateBegin) open.push_back({&it, {}});
    if (it.kind == Item::Kind::GenerateEnd) open.pop_back();
    if (!open.empty() && it.kind == Item::Kind::Decl) open.back().names.push_back(it.name);
    if (formal || it.kind != Item::Kind::Always || it.sensitivity.rfind("posedge", 0) != 0) continue;
    std::vector<std::string> reset_names, other;
    if (!it.reset.empty() && it.body.size() == 1 && it.body[0].kind == Stmt::Kind::If) {
      collect_targets(it.body[0].then_body, reset_names);
      collect_targets(it.body[0].else_body, other);
    } else {
      collect_targets(it.body, other);
    }
    add(scope(reset_names), it.reset);
    add(scope(other), "none");
  }
  return regs;
}

// ------------------------------------------------------------------ helpers
int clog2(uint64_t value) {
  int n = 0;
  while (n < 64 && (uint64_t(1) << n) < value) ++n;
  return n;
}

int bits_for(uint64_t max_value) {
  int n = 1;
  while (n < 64 && (max_value >> n) != 0) ++n;
  return n;
}

int signed_bits_for(int64_t lo, int64_t hi) {
  int n = 1;
  while (n < 64) {
    const int64_t min = -(int64_t(1) << (n - 1));
    const int64_t max = (int64_t(1) << (n - 1)) - 1;
    if (lo >= min && hi <= max) break;
    ++n;
  }
  return n;
}

Expr word(const Expr& mem, const Expr& addr, int depth) { return depth == 1 ? mem[lit(1, 0)] : mem[addr]; }

Expr zext(const Expr& e, int from, int to) {
  if (to < from) throw std::logic_error("zext: narrowing");
  return to == from ? e : cat({zeros(to - from), e});
}

Expr bit_of(const Expr& e, int i, int w) { return w == 1 ? e : e[i]; }

Expr sext(const Expr& e, int from, int to) {
  if (to < from) throw std::logic_error("sext: narrowing");
  return to == from ? e : cat({repl(to - from, e[from - 1]), e});
}

Expr clamp(const Expr& e, int w, int64_t lo, int64_t hi) {
  Expr r = e;
  const uint64_t top = (uint64_t(1) << w) - 1;
  if (uint64_t(hi) < top) r = mux(e > lit(w, uint64_t(hi)), lit(w, uint64_t(hi)), r);
  if (lo > 0) r = mux(e < lit(w, uint64_t(lo)), lit(w, uint64_t(lo)), r);
  return r;
}

// ------------------------------------------------------------------- state machines

Fsm::Fsm(Module& m, const std::string& reg, int width, std::vector<State> states, const std::string& doc,
         Illegal illegal)
    : m_(m), illegal_(illegal), states_(std::move(states)), edges_(states_.size()) {
  if (states_.empty()) throw std::logic_error("vlog: state machine " + reg + " without states");
  std::set<uint64_t> codes;
  std::set<std::string> names;
  for (const State& st : states_) {
    if (!codes.insert(st.code).second || !names.insert(st.name).second)
      throw std::logic_error("vlog: state machine " + reg + ": state " + st.name + " or its code repeated");
    params_.push_back(m_.localparam_bits(st.name, width, st.code, st.doc));
  }
  q_ = m_.reg(reg + "_q", width, doc);
  d_ = m_.reg(reg + "_d", width, "next state");
}

bool Fsm::has(const std::string& state) const {
  for (const State& st : states_)
    if (st.name == state) return true;
  return false;
}

size_t Fsm::index(const std::string& state) const {
  for (size_t i = 0; i < states_.size(); ++i)
    if (states_[i].name == state) return i;
  throw std::logic_error("vlog: state machine " + q_.text() + " has no state " + state);
}

Expr Fsm::operator()(const std::string& state) const { return params_[index(state)]; }
Expr Fsm::is(const std::string& state) const { return q_ == (*this)(state); }

Fsm& Fsm::go(const std::string& from, const std::string& to, const Expr& cond) {
  edges_[index(from)].push_back({to, cond, false});
  return *this;
}

Fsm& Fsm::go(const std::string& from, const std::string& to) {
  edges_[index(from)].push_back({to, Expr(), true});
  return *this;
}

void Fsm::emit(const Expr& clk, const Expr& rst_n, ResetStyle style) {
  const std::string what = "vlog: state machine " + q_.text() + ": ";
  for (size_t i = 0; i < states_.size(); ++i) {
    if (edges_[i].empty()) throw std::logic_error(what + "state " + states_[i].name + " has no transition out");
    for (size_t e = 0; e < edges_[i].size(); ++e) {
      index(edges_[i][e].to);
      if (edges_[i][e].always && e + 1 != edges_[i].size())
        throw std::logic_error(what + "state " + states_[i].name + ": a transition after an unconditional one");
    }
  }
  std::vector<bool> seen(states_.size());
  std::vector<size_t> todo{0};
  seen[0] = true;
  while (!todo.empty()) {
    const size_t i = todo.back();
    todo.pop_back();
    for (const Edge& e : edges_[i])
      if (const size_t j = index(e.to); !seen[j]) {
        seen[j] = true;
        todo.push_back(j);
      }
  }
  for (size_t i = 0; i < states_.size(); ++i)
    if (!seen[i]) throw std::logic_error(what + "state " + states_[i].name + " is unreachable from " + states_[0].name);

  // Next state: the first transition that holds, else stay.
  std::vector<std::pair<std::vector<Expr>, Body::Fill>> items;
  for (size_t i = 0; i < states_.size(); ++i)
    items.push_back({{params_[i]}, [this, i](Body& b) {
                       std::function<void(Body&, size_t)> from = [&](Body& c, size_t e) {
                         if (e == edges_[i].size()) return;
                         const Edge& edge = edges_[i][e];
                         if (edge.always) {
                           c.assign(d_, (*this)(edge.to));
                           return;
                         }
                         c.if_(edge.cond, [&](Body& t) { t.assign(d_, (*this)(edge.to)); },
                               e + 1 == edges_[i].size() ? Body::Fill() : [&, e](Body& f) { from(f, e + 1); });
                       };
                       from(b, 0);
                     }});
  m_.always_comb([&](Body& b) {
    b.assign(d_, q_);
    if (illegal_ == Illegal::AsLast) {
      const Body::Fill last = items.back().second;
      items.pop_back();
      b.case_(q_, items, [&](Body& c) {
        c.comment(states_.back().name + " and the codes no state has");
        last(c);
      });
      return;
    }
    b.case_(q_, items, [&](Body& c) {
      if (illegal_ == Illegal::ToFirst)
        c.assign(d_, params_[0]);
      else
        c.comment("a code no state has: kept");
    });
  });
  m_.always_ff(
      clk, rst_n, style, [&](Body& b) { b.nb(q_, params_[0]); }, [&](Body& b) { b.nb(q_, d_); });
}

}  // namespace cimgen::vlog

