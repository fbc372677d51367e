// Typed Verilog-2005 emission layer.
//
// Block generators describe hardware with these types; only this layer turns
// them into text, so indentation, literal formatting and parenthesisation are
// decided in one place (after XLS's VAST). Expressions are built from
// identifiers and sized literals with operators; there is no way to splice
// raw text into a module.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

namespace cimgen::vlog {

// An expression. Operands that are not atomic are parenthesised when they are
// nested, so the emitted text never depends on Verilog operator precedence.
class Expr {
 public:
  Expr() = default;
  const std::string& text() const { return text_; }
  bool atomic() const { return atomic_; }
  // Operand form: parenthesised unless atomic.
  std::string operand() const;

  Expr operator[](int bit) const;                  // x[bit]
  Expr slice(int hi, int lo) const;                // x[hi:lo]
  Expr operator[](const Expr& index) const;        // x[index]
  Expr part(const Expr& lo, int width) const;     // x[lo +: width]

 private:
  friend Expr id(const std::string& name);
  friend Expr make_expr(std::string text, bool atomic);
  std::string text_;
  bool atomic_ = true;
};

Expr id(const std::string& name);
// Unsigned sized literal: lit(4, 3) is 4'd3. Width must hold the value.
Expr lit(int width, uint64_t value);
// Signed sized literal of a two's complement value: slit(6, -3) is 6'sh3d.
Expr slit(int width, int64_t value);
// Unsized integer for parameter values and shift amounts in elaboration
// contexts (emitted as plain decimal).
Expr num(int64_t value);
// All-zero/all-one literals of a width.
Expr zeros(int width);
Expr ones(int width);

Expr operator+(const Expr& a, const Expr& b);
Expr operator-(const Expr& a, const Expr& b);
Expr operator*(const Expr& a, const Expr& b);
Expr operator&(const Expr& a, const Expr& b);
Expr operator|(const Expr& a, const Expr& b);
Expr operator^(const Expr& a, const Expr& b);
Expr operator<<(const Expr& a, const Expr& b);
Expr operator>>(const Expr& a, const Expr& b);
Expr operator==(const Expr& a, const Expr& b);
Expr operator!=(const Expr& a, const Expr& b);
Expr operator<(const Expr& a, const Expr& b);
Expr operator<=(const Expr& a, const Expr& b);
Expr operator>(const Expr& a, const Expr& b);
Expr operator>=(const Expr& a, const Expr& b);
Expr operator&&(const Expr& a, const Expr& b);
Expr operator||(const Expr& a, const Expr& b);
Expr operator~(const Expr& a);
Expr operator!(const Expr& a);
Expr operator-(const Expr& a);
Expr ashr(const Expr& a, const Expr& b);  // a >>> b
Expr mux(const Expr& cond, const Expr& a, const Expr& b);  // cond ? a : b
Expr cat(std::initializer_list<Expr> parts);
Expr cat(const std::vector<Expr>& parts);
Expr repl(int count, const Expr& e);  // {count{e}}
Expr as_signed(const Expr& e);        // $signed(e)
Expr as_unsigned(const Expr& e);      // $unsigned(e)
Expr past(const Expr& e);             // $past(e), formal only
Expr reduce_or(const Expr& e);        // |e
Expr reduce_and(const Expr& e);       // &e

// ---------------------------------------------------------------- statements
struct Stmt;

struct CaseItem {
  std::vector<Expr> labels;  // empty: default
  std::vector<Stmt> body;
};

struct Stmt {
  enum class Kind { NonBlocking, Blocking, If, Case, Assert, Assume, Cover, Comment };
  Kind kind = Kind::Comment;
  Expr lhs, rhs;              // assignments; rhs is the condition of If/Case/properties
  std::string comment;
  std::vector<Stmt> then_body, else_body;
  std::vector<CaseItem> items;
};

// A statement list with builder methods; nested bodies are filled by lambdas.
class Body {
 public:
  using Fill = std::function<void(Body&)>;
  Body& nb(const Expr& lhs, const Expr& rhs);     // lhs <= rhs;
  Body& assign(const Expr& lhs, const Expr& rhs); // lhs = rhs;
  Body& if_(const Expr& cond, const Fill& then_fill, const Fill& else_fill = nullptr);
  // Case with items (labels, fill) and a mandatory default.
  Body& case_(const Expr& sel, const std::vector<std::pair<std::vector<Expr>, Fill>>& items,
              const Fill& default_fill);
  Body& assert_(const Expr& cond);
  Body& assume(const Expr& cond);
  Body& cover(const Expr& cond);
  Body& comment(const std::string& text);
  const std::vector<Stmt>& stmts() const { return stmts_; }
  bool empty() const { return stmts_.empty(); }

 private:
  std::vector<Stmt> stmts_;
};

// ------------------------------------------------------------------ modules
enum class Dir { Input, Output };
enum class ResetStyle { AsyncLow, SyncLow };

struct Port {
  Dir dir;
  std::string name;
  int width = 1;
  bool is_signed = false;
  bool is_reg = false;
  std::string doc;
};

struct Instance {
  std::string module;
  std::string name;
  std::vector<std::pair<std::string, Expr>> params;
  std::vector<std::pair<std::string, Expr>> conns;
};

// One module-level item. Kinds other than Decl/Always/Instance use `text`.
struct Item {
  enum class Kind {
    Decl, Assign, Comment, Blank, Always, Instance, FormalBegin, FormalEnd, InitialAssume, GenerateBegin, GenerateEnd
  };
  Kind kind = Kind::Blank;
  std::string text;            // Decl: full declaration; Comment: comment text; GenerateBegin: the genvar
  std::string name;            // Decl: the declared name; GenerateBegin: the block's label
  int count = 0;               // GenerateBegin: the number of iterations
  std::string doc;             // trailing comment
  Expr lhs, rhs;               // Assign; InitialAssume uses rhs
  std::string sensitivity;     // Always: "posedge clk_i or negedge rst_ni", "*"
  std::string reset;           // Always: "async" or "sync" for always_ff (its body is `if (!rst) .. else ..`)
  std::vector<Stmt> body;      // Always
  Instance inst;               // Instance
};

class Module {
 public:
  explicit Module(std::string name);
  const std::string& name() const { return name_; }
  void rename(std::string name) { name_ = std::move(name); }  // e.g. a submodule under its parent's prefix
  // Instances of module `from` instantiate `to` instead (after the instantiated module was renamed).
  void retarget(const std::string& from, const std::string& to);
  // Removes the `ifdef FORMAL section (a submodule whose parent states its own environment).
  void drop_formal();
  const std::vector<Port>& ports() const { return ports_; }

  // File header lines (emitted as `// ` comments before the module).
  void header(const std::vector<std::string>& lines);

  Expr input(const std::string& name, int width = 1, const std::string& doc = "", bool is_signed = false);
  Expr output(const std::string& name, int width = 1, const std::string& doc = "", bool is_signed = false);
  Expr output_reg(const std::string& name, int width = 1, const std::string& doc = "", bool is_signed = false);

  Expr localparam(const std::string& name, int64_t value, const std::string& doc = "");
  // `localparam [width-1:0] name = width'dvalue;`
  Expr localparam_bits(const std::string& name, int width, uint64_t value, const std::string& doc = "");
  // `localparam [width-1:0] name = value;` of an elaboration-time expression (a genvar, say).
  Expr localparam_bits(const std::string& name, int width, const Expr& value, const std::string& doc = "");
  Expr wire(const std::string& name, int width = 1, const std::string& doc = "", bool is_signed = false);
  Expr reg(const std::string& name, int width = 1, const std::string& doc = "", bool is_signed = false);
  // Memory array `reg [width-1:0] name [0:depth-1];` (block RAM when written and read at a clock edge).
  Expr memory(const std::string& name, int width, int depth, const std::string& doc = "");
  void assign(const Expr& lhs, const Expr& rhs);
  void comment(const std::string& text);
  void blank();
  // Clocked process: reset branch and clocked branch.
  void always_ff(const Expr& clk, const Expr& rst_n, ResetStyle style, const Body::Fill& reset_fill,
                 const Body::Fill& clocked_fill);
  // Clocked process without reset (datapath registers).
  void always_ff_noreset(const Expr& clk, const Body::Fill& fill);
  void always_comb(const Body::Fill& fill);
  void instance(const Instance& inst);
  // A generate loop: the items added until end_generate() are emitted once, inside
  // `for (var = 0; var < count; var = var + 1) begin : label`, and elaborated `count` times. Returns the
  // loop variable (a genvar). A name declared inside is `label[i].name` from outside (scoped(); a loop
  // inside another, `outer[i].inner[j].name`). Nested loops need their own genvars; loops hold neither
  // ports nor formal sections. Past kGenerateMax iterations (Verilator's
  // default limit of a generate loop) the loop runs in blocks of that many, `label_blk[i / kGenerateMax]
  // .label[i]` (var still counts 0 .. count-1).
  Expr generate_for(const std::string& label, const std::string& var, int count);
  void end_generate();
  // Items inside `ifdef FORMAL ... `endif.
  Module& formal();
  // Formal-only declarations and processes go through the returned module.
  void end_formal();
  // Formal: reg with an initial value (`reg x = v;`), and `initial assume(e);`
  Expr formal_reg(const std::string& name, int width, const Expr& init, bool is_signed = false);
  void initial_assume(const Expr& cond);
  // Formal: an anyconst/anyseq wire.
  Expr formal_any(const std::string& name, int width, bool constant, bool is_signed = false);
  void always_at(const Expr& clk, const Body::Fill& fill);  // always @(posedge clk)

  std::string emit() const;

  // The registers (and memories) this module assigns at a clock edge outside `ifdef FORMAL, in order of
  // first assignment, each with "async" or "sync" when an always_ff reset branch assigns it and "none"
  // otherwise (datapath without reset). The manifest documents them; the ASIC readiness check holds
  // Yosys's flip-flops to them.
  std::vector<std::pair<std::string, std::string>> registers() const;

 private:
  Expr add_decl(const std::string& kind, const std::string& name, int width, const std::string& doc,
                bool is_signed, const std::string& attr = "", const std::string& init = "");
  std::string name_;
  std::vector<std::pair<std::string, std::string>> gen_open_;  // the open generate loops: label, genvar
  std::vector<std::string> header_;
  std::vector<Port> ports_;
  std::vector<Item> items_;
  bool in_formal_ = false;
};

// A state machine in two processes: every state a sized localparam (its code given, so a rewrite can
// keep an encoding), the state register `<reg>_q`, reset to the first state, and its next value
// `<reg>_d`, computed in an `always @*` block by a case over the state whose default arm (a code no
// state has) returns to the first state or, with Illegal::Stay, keeps the code. Each state's transitions are tried in the order given and the first that holds
// wins; when none holds the state stays. emit() refuses (logic_error) a state that no transition
// reaches from the first, a state with no transition out, and a transition to an undeclared state.
class Fsm {
 public:
  struct State {
    std::string name;  // the localparam, e.g. StIdle
    uint64_t code;
    std::string doc;
  };
  // A code no state has (only a fault or an unreset register can hold it): the next state is the first
  // state (ToFirst), the code itself (Stay), or whatever the last declared state would choose (AsLast:
  // the last state's transitions are the default arm).
  enum class Illegal { ToFirst, Stay, AsLast };
  // Declares the states, <reg>_q and <reg>_d in m (at this point of the module).
  Fsm(Module& m, const std::string& reg, int width, std::vector<State> states, const std::string& doc = "",
      Illegal illegal = Illegal::ToFirst);
  const Expr& q() const { return q_; }
  bool has(const std::string& state) const;
  Expr operator()(const std::string& state) const;  // the state's localparam
  Expr is(const std::string& state) const;          // <reg>_q == state
  // From `from` to `to` when `cond` holds (or always: the state's last transition).
  Fsm& go(const std::string& from, const std::string& to, const Expr& cond);
  Fsm& go(const std::string& from, const std::string& to);
  // Checks the graph, then adds the next-state process and the state register to the module.
  void emit(const Expr& clk, const Expr& rst_n, ResetStyle style);

 private:
  struct Edge {
    std::string to;
    Expr cond;
    bool always;
  };
  size_t index(const std::string& state) const;  // logic_error if undeclared
  Module& m_;
  Illegal illegal_;
  std::vector<State> states_;
  std::vector<Expr> params_;
  std::vector<std::vector<Edge>> edges_;
  Expr q_, d_;
};

// Iterations of one generate loop Verilator unrolls without --unroll-count (16 times its default of 64).
constexpr int kGenerateMax = 1024;
// Signal `name` of iteration `index` of a generate loop `label` of `count` iterations, as the rest of the
// module names it.
Expr scoped(const std::string& label, int index, const Expr& name, int count = 1);

// Shared helpers for block generators.
int clog2(uint64_t value);           // ceil(log2(value)), clog2(1) = 0
int bits_for(uint64_t max_value);    // bits to represent 0..max_value, at least 1
int signed_bits_for(int64_t lo, int64_t hi);  // two's complement width holding lo..hi
// Zero- or sign-extends a `from`-bit expression to `to` bits (sign extension
// selects the top bit, so `e` must be a named signal unless to == from).
Expr zext(const Expr& e, int from, int to);
Expr sext(const Expr& e, int from, int to);
// Bit i of a w-bit signal (a 1-bit signal is itself: Verilog cannot select a
// bit of a scalar).
Expr bit_of(const Expr& e, int i, int w);
// Word addr of a memory of `depth` words (a one-word memory ignores the address).
Expr word(const Expr& mem, const Expr& addr, int depth);
// Clamps an unsigned w-bit value to lo..hi, emitting only the compares the
// width makes possible.
Expr clamp(const Expr& e, int w, int64_t lo, int64_t hi);

// Breaks every line of Verilog `text` longer than `limit` characters at single spaces (never inside
// a string literal or a `//` comment), preferring the break with the fewest open brackets; each
// continuation is indented four spaces past its line. Joining a statement's lines, each stripped of
// its indentation, with one space gives back the original line (cimgen-mutate relies on this). A
// comment, a directive, or a line with no such space is left as it is.
std::string wrap_lines(const std::string& text, std::size_t limit = 120);

}  // namespace cimgen::vlog
